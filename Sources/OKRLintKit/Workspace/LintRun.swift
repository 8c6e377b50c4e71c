import Foundation

/// The outcome of linting: the findings of every linted file and the files linted.
public struct LintReport: Sendable {
    public let findings: [Finding]
    /// The linted files, by the paths findings show.
    public let files: [String]
    /// The sources of the files with findings, by path, for showing the lines at fault.
    public let sources: [String: SourceFile]
    /// The configuration the run used.
    public let configuration: Configuration
    /// Where the files lie in the repository, for SARIF and GitHub annotations.
    public let paths: ArtifactPaths
    /// What a report keeps of each linted file's plan, in the order the files were found.
    public let keptPlans: [KeptPlan]

    public init(
        findings: [Finding], files: [String], sources: [String: SourceFile], configuration: Configuration, paths: ArtifactPaths,
        keptPlans: [KeptPlan] = []
    ) {
        self.findings = findings
        self.files = files
        self.sources = sources
        self.configuration = configuration
        self.paths = paths
        self.keptPlans = keptPlans
    }

    public var fileCount: Int { files.count }

    /// The same report with other findings (after a baseline or --quiet).
    public func replacingFindings(_ findings: [Finding]) -> LintReport {
        LintReport(findings: findings, files: files, sources: sources, configuration: configuration, paths: paths, keptPlans: keptPlans)
    }
}

/// What a report keeps of one linted file's plan (see `PlanKeeper`).
public struct KeptPlan: Sendable {
    /// The file's path as findings show it.
    public let path: String
    /// The id other plans use for this plan.
    public let planID: String
    public let model: JSONValue
}

/// For a report: given the run's configuration, the function that makes what
/// is kept of each compiled plan. The run calls it on the core that compiled
/// the file, right after the file's checks, so the plan need not outlive them.
public typealias PlanKeeper = @Sendable (Configuration) -> @Sendable (CompiledFile, Plan) -> JSONValue

/// A lint run over files on disk: finds the workspace and the files, reads
/// and compiles them in parallel, indexes the whole workspace for cross-file
/// rules, reads the files' versions at the git base for history rules, and
/// lints the files that were asked for.
public struct LintRun: Sendable {
    public let paths: [String]
    /// The folder relative paths are resolved against and displayed from.
    public let currentFolder: String
    public let asOf: CalendarDate
    public let selection: RuleSelection
    /// `--config FILE`: fixes the configuration and the workspace root.
    public let configPath: String?
    /// `--stdin-filename`: the one file to lint, read from standard input (`paths` are then unused).
    public let piped: PipedFile?
    /// The git revision history rules compare with (`--diff-base`, or `HEAD` under pre-commit).
    public let diffBase: DiffBase?
    /// Whether the cross-file index may be read from and written to `.okrlint-cache/` (not with `--no-cache`).
    public let useCache: Bool
    /// What the run keeps of each linted file's plan for a report (`lint`
    /// keeps nothing, which keeps a run over thousands of files small).
    public let planKeeper: PlanKeeper?

    public init(
        paths: [String], currentFolder: String, asOf: CalendarDate, selection: RuleSelection = .all,
        configPath: String? = nil, piped: PipedFile? = nil, diffBase: DiffBase? = nil, useCache: Bool = true,
        planKeeper: PlanKeeper? = nil
    ) {
        self.useCache = useCache
        self.planKeeper = planKeeper
        self.paths = paths.isEmpty ? ["."] : paths
        self.currentFolder = currentFolder
        self.asOf = asOf
        self.selection = selection
        self.configPath = configPath
        self.piped = piped
        self.diffBase = diffBase
    }

    public func run() throws(RunError) -> LintReport {
        let pipedPath = piped.map { absolutePath($0.name) }
        let absolute = pipedPath.map { [$0] } ?? paths.map(absolutePath)
        let configuration = try loadConfiguration(startingAt: absolute.first)
        let root = configuration.folder
        let admits = { @Sendable (path: String, explicit: Bool) in
            configuration.admits(relativePath(path, from: root), explicitlyNamed: explicit)
        }
        // The workspace's files are listed and its index cache is read while
        // the named files are compiled and checked: none needs the others
        // (three tasks of about the same length for one file in a large workspace).
        let (workspace, local) = try Concurrently.both({
            let (cache, files) = Concurrently.both({
                useCache ? IndexCache(root: root, maxFileSize: configuration.maxFileSize) : nil
            }, {
                ((try? GoalFileDiscovery.goalFilesWithStamps(under: root, display: displayPath)) ?? [])
                    .filter { admits($0.path, false) }
            })
            return (files: files, cache: cache)
        }, { () throws(RunError) in
            try lintNamedFiles(absolute, pipedPath: pipedPath, configuration: configuration, admits: admits)
        })
        let (options, lintedPaths, read) = (local.options, local.paths, local.read)
        let workspaceFiles = workspace.files
        let workspacePaths = workspaceFiles.map(\.path)
        let linted = Set(lintedPaths)
        var cache = workspace.cache
        var stamps = Dictionary(workspaceFiles.map { ($0.path, $0.stamp) }, uniquingKeysWith: { first, _ in first })
        for path in lintedPaths where stamps[path] == nil {
            stamps[path] = IndexCache.stamp(of: path)
        }
        var others: [WorkspaceIndex.Contribution] = []
        var unindexed: [String] = []
        for path in workspacePaths where !linted.contains(path) {
            if let stamp = stamps[path], let hit = cache?.contribution(of: path, stamp: stamp) {
                others.append(hit.shown(as: displayPath(path)))
            } else {
                unindexed.append(path)
            }
        }
        let indexed = try ParallelMap.map(unindexed) { (path: String) throws(RunError) -> WorkspaceIndex.Contribution? in
            try compile(path, root: root, limits: options.limits, required: false, piped: nil).map(WorkspaceIndex.Contribution.init)
        }
        others += indexed.compactMap { $0 }
        if cache != nil {
            for file in read where file.path != pipedPath {
                if let stamp = stamps[file.path] { cache?.store(file.contribution, for: file.path, stamp: stamp) }
            }
            for (path, contribution) in zip(unindexed, indexed) {
                if let contribution, let stamp = stamps[path] { cache?.store(contribution, for: path, stamp: stamp) }
            }
            cache?.keepOnly(Set(workspacePaths))
            cache?.saveIfChanged()
        }
        let findings = Linter.finish(read.map(\.pass), index: read.map(\.contribution), others: others, options: options)
        let withFindings = Set(findings.map(\.file))
        let sources = read.filter { withFindings.contains($0.pass.file) }.compactMap { file in
            file.source ?? (try? readBytes(file.path, expected: 0)).map { SourceFile(path: file.pass.file, bytes: $0) }
        }
        return LintReport(
            findings: findings, files: read.map(\.pass.file),
            sources: Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
            configuration: configuration, paths: ArtifactPaths(currentFolder: currentFolder, workspaceRoot: root),
            keptPlans: read.compactMap(\.kept))
    }

    /// The rules as configured, the files the run reports on, and each of
    /// them read, compiled and checked by the rules that need only itself (in
    /// one go; only what the cross-file pass needs is kept of it).
    private func lintNamedFiles(
        _ absolute: [String], pipedPath: String?, configuration: Configuration,
        admits: @escaping @Sendable (String, Bool) -> Bool
    ) throws(RunError) -> (options: LintOptions, paths: [String], read: [ReadFile]) {
        let root = configuration.folder
        let options = LintOptions(
            asOf: asOf, selection: selection, limits: YAMLLimits(maxFileSize: configuration.maxFileSize),
            rules: configuration.ruleConfiguration(selection: selection))
        let lintedPaths = if let pipedPath {
            GoalFileDiscovery.namedFile(pipedPath, admits: admits)
        } else {
            try GoalFileDiscovery.files(for: absolute, display: displayPath, admits: admits)
        }
        let history = try diffBase.map { base throws(RunError) in
            try BaseVersionLoader(base: base, root: root, limits: options.limits)
                .prepared(needed: options.reports(SilentMove.description.id))
        } ?? nil
        let keep = planKeeper?(configuration)
        let read = try ParallelMap.map(lintedPaths) { (path: String) throws(RunError) -> ReadFile? in
            let isPiped = path == pipedPath
            guard let file = try compile(path, root: root, limits: options.limits, required: true, piped: isPiped ? piped?.bytes : nil) else {
                return nil
            }
            let pass = Linter.localPass(file, options: options, base: history?.version(of: path, file: file))
            return ReadFile(
                path: path, pass: pass, contribution: WorkspaceIndex.Contribution(file, outline: pass.outline),
                source: pass.diagnostics.isEmpty && !isPiped ? nil : file.source,
                kept: keep.flatMap { keep in file.plan.map { KeptPlan(path: file.source.path, planID: file.planID, model: keep(file, $0)) } })
        }.compactMap { $0 }
        return (options, lintedPaths, read)
    }

    /// What is kept of one linted file between the two passes: its local
    /// findings and plan outline, its index contribution, its source when it has
    /// findings (for showing the lines at fault), and for a report what it
    /// keeps of the plan.
    private struct ReadFile: Sendable {
        let path: String
        let pass: LocalPass
        let contribution: WorkspaceIndex.Contribution
        let source: SourceFile?
        let kept: KeptPlan?
    }

    /// `--config FILE`, else the `.okrlint.yaml` at the workspace root, else the defaults there.
    private func loadConfiguration(startingAt first: String?) throws(RunError) -> Configuration {
        if let configPath {
            return try ConfigurationLoader.load(path: absolutePath(configPath), shownAs: configPath)
        }
        let startFolder = first.map { isFolder($0) ? $0 : ($0 as NSString).deletingLastPathComponent } ?? currentFolder
        let root = WorkspaceRoot.find(from: startFolder)
        let candidate = root + "/" + ConfigurationLoader.fileName
        guard FileManager.default.fileExists(atPath: candidate) else { return .defaults(folder: root) }
        return try ConfigurationLoader.load(path: candidate, shownAs: displayPath(candidate))
    }

    private func relativePath(_ path: String, from folder: String) -> String {
        PathInside.relative(path, to: folder) ?? path
    }

    /// Reads and compiles one file (`piped` holds its text when it came on
    /// standard input); a file that cannot be read is a run error when it was
    /// asked for, and is left out of the index otherwise.
    private func compile(_ path: String, root: String, limits: YAMLLimits, required: Bool, piped: [UInt8]?) throws(RunError) -> CompiledFile? {
        let shown = displayPath(path)
        let fallbackID = WorkspaceRoot.fallbackPlanID(for: path, root: root)
        do throws(RunError) {
            let size = if let piped { piped.count } else { try fileSize(path) }
            if size > limits.maxFileSize {
                let source = SourceFile(path: shown, bytes: [])
                let diagnostic = FileSizeLimit.diagnostic(size: size, limit: limits.maxFileSize)
                return CompiledFile(source: source, plan: nil, planID: fallbackID, diagnostics: [diagnostic])
            }
            let bytes = if let piped { piped } else { try readBytes(path, expected: size) }
            return FileCompiler.compile(SourceFile(path: shown, bytes: bytes), fallbackPlanID: fallbackID, limits: limits)
        } catch {
            if required { throw RunError("\(shown): \(error.message)") }
            return nil
        }
    }

    private func fileSize(_ path: String) throws(RunError) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { throw RunError(String(cString: strerror(errno)).lowercased()) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw RunError("not a regular file") }
        return Int(info.st_size)
    }

    /// The file's bytes: one `read` for a file of the size `stat` gave
    /// (`expected`), more while it grows.
    private func readBytes(_ path: String, expected: Int) throws(RunError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw readFailure(errno) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: max(expected + 1, 4096))
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { buffer in read(descriptor, buffer.baseAddress! + filled, buffer.count - filled) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw readFailure(errno)
            }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    private func readFailure(_ code: Int32) -> RunError {
        RunError("the file cannot be read (\(String(cString: strerror(code)).lowercased()))")
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// `path` resolved against the current folder.
    public func absolutePath(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : currentFolder + "/" + path
        return (joined as NSString).standardizingPath
    }

    /// Paths inside the current folder are shown relative to it.
    func displayPath(_ path: String) -> String {
        if path == currentFolder { return "." }
        return PathInside.relative(path, to: currentFolder) ?? path
    }
}
