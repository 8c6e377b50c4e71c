import Foundation

/// The git work tree a folder belongs to, read with the `git` command run
/// directly (never through a shell).
struct GitRepository: Sendable {
    /// The root folder of the work tree.
    let root: String

    /// The repository holding `folder`; nil outside git, or when git is not installed.
    static func containing(_ folder: String) -> GitRepository? {
        guard let output = run(["-C", folder, "rev-parse", "--show-toplevel"]) else { return nil }
        let root = ValueText.trim(String(decoding: output, as: UTF8.self))
        return root.isEmpty ? nil : GitRepository(root: root)
    }

    /// The commit id `revision` names; nil when git cannot resolve it to a commit.
    func commit(named revision: String) -> String? {
        let output = Self.run(["-C", root, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        return output.map { ValueText.trim(String(decoding: $0, as: UTF8.self)) }
    }

    /// The bytes of the file at `path` (absolute) in `commit` (`git show
    /// COMMIT:./NAME` from the file's folder, which git takes relative to the
    /// work tree root); nil when the file did not exist there.
    func contents(of path: String, at commit: String) -> [UInt8]? {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        return Self.run(["-C", folder, "show", "--no-textconv", "\(commit):./\(name)"]).map { Array($0) }
    }

    /// Variables a git hook exports that would point git at the hook's
    /// repository, index or folder instead of the one found from `-C FOLDER`.
    private static let locatingVariables: Set<String> = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR", "GIT_PREFIX"]

    /// Runs `git arguments`: its standard output when it exits 0, else nil.
    private static func run(_ arguments: [String]) -> Data? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.environment = ProcessInfo.processInfo.environment.filter { !locatingVariables.contains($0.key) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? data : nil
    }
}
