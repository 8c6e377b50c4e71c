import Foundation

/// The outcome of linting: the findings of every linted file and how many files were linted.
public struct LintReport: Sendable {
    public let findings: [Finding]
    public let fileCount: Int
    /// The sources of the files with findings, by path, for showing the lines at fault.
    public let sources: [String: SourceFile]
    /// The configuration the run used.
    public let configuration: Configuration
    /// The linted files as compiled, in the order they were found (reports show their plans).
    public let files: [CompiledFile]

    public init(
        findings: [Finding], fileCount: Int, sources: [String: SourceFile], configuration: Configuration,
        files: [CompiledFile] = []
    ) {
        self.findings = findings
        self.fileCount = fileCount
        self.sources = sources
        self.configuration = configuration
        self.files = files
    }

    /// The same report with other findings (after a baseline or --quiet).
    public func replacingFindings(_ findings: [Finding]) -> LintReport {
        LintReport(findings: findings, fileCount: fileCount, sources: sources, configuration: configuration, files: files)
    }
}

/// A lint run over files on disk: finds the workspace and the files, reads
/// and compiles them in parallel, indexes the whole workspace for cross-file
/// rules, and lints the files that were asked for.
public struct LintRun: Sendable {
    public let paths: [String]
    /// The folder relative paths are resolved against and displayed from.
    public let currentFolder: String
    public let asOf: CalendarDate
    public let selection: RuleSelection
    /// `--config FILE`: fixes the configuration and the workspace root.
    public let configPath: String?

    public init(paths: [String], currentFolder: String, asOf: CalendarDate, selection: RuleSelection = .all, configPath: String? = nil) {
        self.paths = paths.isEmpty ? ["."] : paths
        self.currentFolder = currentFolder
        self.asOf = asOf
        self.selection = selection
        self.configPath = configPath
    }

    public func run() throws(RunError) -> LintReport {
        let absolute = paths.map(absolutePath)
        let configuration = try loadConfiguration(startingAt: absolute.first)
        let root = configuration.folder
        let options = LintOptions(
            asOf: asOf, selection: selection, limits: YAMLLimits(maxFileSize: configuration.maxFileSize),
            rules: configuration.ruleConfiguration(selection: selection))
        let admits = { (path: String, explicit: Bool) in
            configuration.admits(relativePath(path, from: root), explicitlyNamed: explicit)
        }
        let lintedPaths = try GoalFileDiscovery.files(for: absolute, display: displayPath, admits: admits)
        let workspacePaths = ((try? GoalFileDiscovery.goalFiles(under: root, display: displayPath)) ?? []).filter { admits($0, false) }
        let linted = Set(lintedPaths)
        let allPaths = lintedPaths + workspacePaths.filter { !linted.contains($0) }

        let compiled = try ParallelMap.map(allPaths) { (path: String) throws(RunError) -> CompiledFile? in
            try compile(path, root: root, limits: options.limits, required: linted.contains(path))
        }
        let lintedFiles = compiled.prefix(lintedPaths.count).compactMap { $0 }
        let findings = Linter.lint(lintedFiles, alongside: compiled.dropFirst(lintedPaths.count).compactMap { $0 }, options: options)
        let withFindings = Set(findings.map(\.file))
        let sources = lintedFiles.filter { withFindings.contains($0.source.path) }.map(\.source)
        return LintReport(
            findings: findings, fileCount: lintedFiles.count,
            sources: Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
            configuration: configuration, files: lintedFiles)
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
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// Reads and compiles one file; a file that cannot be read is a run error
    /// when it was asked for, and is left out of the index otherwise.
    private func compile(_ path: String, root: String, limits: YAMLLimits, required: Bool) throws(RunError) -> CompiledFile? {
        let shown = displayPath(path)
        let fallbackID = WorkspaceRoot.fallbackPlanID(for: path, root: root)
        do throws(RunError) {
            let size = try fileSize(path)
            if size > limits.maxFileSize {
                let source = SourceFile(path: shown, bytes: [])
                let diagnostic = FileSizeLimit.diagnostic(size: size, limit: limits.maxFileSize)
                return CompiledFile(source: source, plan: nil, planID: fallbackID, diagnostics: [diagnostic])
            }
            let bytes = try readBytes(path)
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

    private func readBytes(_ path: String) throws(RunError) -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw RunError("the file cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw RunError("the file cannot be read: \(error.localizedDescription)")
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func absolutePath(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : currentFolder + "/" + path
        return (joined as NSString).standardizingPath
    }

    /// Paths inside the current folder are shown relative to it.
    func displayPath(_ path: String) -> String {
        let prefix = currentFolder.hasSuffix("/") ? currentFolder : currentFolder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
