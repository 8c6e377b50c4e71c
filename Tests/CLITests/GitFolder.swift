import Foundation

/// A throwaway git repository on branch `main`: a temporary folder where
/// files are written and committed with a fixed identity.
final class GitFolder {
    let folder: TemporaryFolder
    var url: URL { folder.url }

    init() throws {
        folder = try TemporaryFolder()
        try git("init", "-q", "-b", "main")
    }

    /// Writes `files` (relative path → text).
    func write(_ files: [String: String]) throws {
        for (path, text) in files { try folder.write(path, text) }
    }

    /// Writes `files` and commits everything with `message`.
    func commit(_ files: [String: String], message: String = "update goals") throws {
        try write(files)
        try git("add", "--all")
        try git("-c", "user.name=Test", "-c", "user.email=test@example.com", "commit", "-q", "--no-verify", "-m", message)
    }

    /// Runs git in the repository; a failure is a thrown error with git's message.
    func git(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", url.path] + arguments
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            throw GitFailure(arguments: arguments, message: String(decoding: message, as: UTF8.self))
        }
    }

    struct GitFailure: Error {
        let arguments: [String]
        let message: String
    }
}
