import Foundation
import OKRLintKit

/// Reads a file named on the command line (the file to convert, a
/// `--template`), saying which of missing, a folder or unreadable it is.
enum InputFile {
    /// The bytes of `path`; `expected` says what the option takes, e.g.
    /// "--template takes a Mustache file".
    static func read(_ path: String, expected: String) throws(RunError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw RunError("\(path): no such file; \(expected)")
        }
        guard !isDirectory.boolValue else { throw RunError("\(path): is a folder; \(expected)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError("\(path): the file cannot be read (permission denied?)")
        }
        return data
    }
}
