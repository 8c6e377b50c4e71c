import Foundation

/// The outcome of linting: the findings of every linted file and how many files were linted.
public struct LintReport: Sendable {
    public let findings: [Finding]
    public let fileCount: Int
    /// The sources of the files with findings, by path, for showing the lines at fault.
    public let sources: [String: SourceFile]

    public init(findings: [Finding], fileCount: Int, sources: [String: SourceFile]) {
        self.findings = findings
        self.fileCount = fileCount
        self.sources = sources
    }
}

/// A lint run over files on disk: finds the workspace and the files, reads
/// and compiles them in parallel, indexes the whole workspace for cross-file
/// rules, and lints the files that were asked for.
public struct LintRun: Sendable {
    public let paths: [String]
    /// The folder relative paths are resolved against and displayed from.
    public let currentFolder: String
    public let options: LintOptions

    public init(paths: [String], currentFolder: String, options: LintOptions) {
        self.paths = paths.isEmpty ? ["."] : paths
        self.currentFolder = currentFolder
        self.options = options
    }

    public func run() throws(RunError) -> LintReport {
        let absolute = paths.map(absolutePath)
        let lintedPaths = try GoalFileDiscovery.files(for: absolute, display: displayPath)
        let startFolder = absolute.first.map { isFolder($0) ? $0 : ($0 as NSString).deletingLastPathComponent } ?? currentFolder
        let root = WorkspaceRoot.find(from: startFolder)
        let workspacePaths = (try? GoalFileDiscovery.goalFiles(under: root, display: displayPath)) ?? []
        let linted = Set(lintedPaths)
        let allPaths = lintedPaths + workspacePaths.filter { !linted.contains($0) }

        let compiled = try ParallelMap.map(allPaths) { (path: String) throws(RunError) -> CompiledFile? in
            try compile(path, root: root, required: linted.contains(path))
        }
        let lintedFiles = compiled.prefix(lintedPaths.count).compactMap { $0 }
        let findings = Linter.lint(lintedFiles, alongside: compiled.dropFirst(lintedPaths.count).compactMap { $0 }, options: options)
        let withFindings = Set(findings.map(\.file))
        let sources = lintedFiles.filter { withFindings.contains($0.source.path) }.map(\.source)
        return LintReport(
            findings: findings, fileCount: lintedFiles.count,
            sources: Dictionary(sources.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }))
    }

    /// Reads and compiles one file; a file that cannot be read is a run error
    /// when it was asked for, and is left out of the index otherwise.
    private func compile(_ path: String, root: String, required: Bool) throws(RunError) -> CompiledFile? {
        let shown = displayPath(path)
        let fallbackID = WorkspaceRoot.fallbackPlanID(for: path, root: root)
        do throws(RunError) {
            let size = try fileSize(path)
            if size > options.limits.maxFileSize {
                let source = SourceFile(path: shown, bytes: [])
                let diagnostic = FileSizeLimit.diagnostic(size: size, limit: options.limits.maxFileSize)
                return CompiledFile(source: source, plan: nil, planID: fallbackID, diagnostics: [diagnostic])
            }
            let bytes = try readBytes(path)
            return FileCompiler.compile(SourceFile(path: shown, bytes: bytes), fallbackPlanID: fallbackID, limits: options.limits)
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
