/// Reads the linted files' versions at the `--diff-base` revision from git
/// and compiles them, for history rules.
struct BaseVersionLoader {
    let base: DiffBase
    /// The workspace root, whose git repository is asked.
    let root: String
    let limits: YAMLLimits

    /// The base versions of `files` (absolute path and compiled file), keyed by
    /// source path. Empty outside git or for a pre-commit default without
    /// commits; a named revision git cannot resolve is a run error. Only files
    /// with dated milestones are read, and only when `needed` (the history
    /// rules are on); a file new at the base, or whose base does not parse,
    /// has no entry.
    func versions(of files: [(path: String, file: CompiledFile)], needed: Bool) throws(RunError) -> [String: BaseVersion] {
        guard let repository = GitRepository.containing(root) else { return [:] }
        guard let commit = repository.commit(named: base.revision) else {
            guard base.isExplicit else { return [:] }
            throw RunError("--diff-base '\(base.revision)': git cannot resolve this revision; check its name, and fetch it (a shallow clone lacks history: fetch with full depth)")
        }
        guard needed else { return [:] }
        let dated = files.filter { $0.file.plan?.milestones.contains { $0.due != nil } ?? false }
        let versions = ParallelMap.map(dated) { (path: String, file: CompiledFile) -> (String, BaseVersion)? in
            guard let bytes = repository.contents(of: path, at: commit) else { return nil }
            let compiled = FileCompiler.compile(SourceFile(path: file.source.path, bytes: bytes), fallbackPlanID: file.planID, limits: limits)
            return compiled.plan.map { (file.source.path, BaseVersion(revision: base.revision, plan: $0)) }
        }
        return Dictionary(versions.compactMap { $0 }, uniquingKeysWith: { first, _ in first })
    }
}
