/// Reads the linted files' versions at the `--diff-base` revision from git
/// and compiles them, for history rules.
struct BaseVersionLoader {
    let base: DiffBase
    /// The workspace root, whose git repository is asked.
    let root: String
    let limits: YAMLLimits

    /// The revision resolved in its repository, ready to read files from;
    /// nil outside git, for a pre-commit default without commits, or when the
    /// history rules are off (`needed` false). A named revision git cannot
    /// resolve is a run error.
    func prepared(needed: Bool) throws(RunError) -> PreparedBase? {
        guard let repository = GitRepository.containing(root) else { return nil }
        guard let commit = repository.commit(named: base.revision) else {
            guard base.isExplicit else { return nil }
            throw RunError("--diff-base '\(base.revision)': git cannot resolve this revision; check its name, and fetch it (a shallow clone lacks history: fetch with full depth)")
        }
        guard needed else { return nil }
        return PreparedBase(revision: base.revision, repository: repository, commit: commit, limits: limits)
    }
}

/// A resolved base revision: reads one file's version there.
struct PreparedBase: Sendable {
    let revision: String
    let repository: GitRepository
    let commit: String
    let limits: YAMLLimits

    /// The version of the file at `path` (absolute) at the base, compiled; nil
    /// when the file has no dated milestone (nothing to compare), is new at the
    /// base, or its base version does not parse.
    func version(of path: String, file: CompiledFile) -> BaseVersion? {
        guard file.plan?.milestones.contains(where: { $0.due != nil }) == true,
              let bytes = repository.contents(of: path, at: commit) else { return nil }
        let compiled = FileCompiler.compile(SourceFile(path: file.source.path, bytes: bytes), fallbackPlanID: file.planID, limits: limits)
        return compiled.plan.map { BaseVersion(revision: revision, plan: $0) }
    }
}
