import Foundation

/// Why an output cannot be written where it was asked for, said about the
/// path as given: it is a folder, its folder does not exist or is a file,
/// is not writable, or does not accept new files (such as `/proc`).
enum OutputFailure {
    /// The run error for the output `shown` when creating, writing or
    /// renaming `failing` (the output itself, a temporary file beside it, or
    /// a folder on its way) failed with `code` in `errno`.
    static func error(_ shown: String, failing: String, code: Int32, action: String = "cannot write the output") -> RunError {
        RunError("\(shown): \(action): \(reason(failing, code: code))")
    }

    /// The run error for an output that names an existing folder.
    static func isFolder(_ path: String) -> RunError {
        RunError("\(path): cannot write the output: it is a folder; name a file")
    }

    private static func reason(_ failing: String, code: Int32) -> String {
        let parent = (failing as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        var info = stat()
        guard stat(folder, &info) == 0 else {
            return "its folder '\(folder)' does not exist; create it first, or choose another path"
        }
        guard info.st_mode & S_IFMT == S_IFDIR else { return "'\(folder)' is a file, not a folder; choose another path" }
        switch code {
        case EACCES, EPERM: return "its folder '\(folder)' is not writable (permission denied); choose another path"
        case EROFS: return "its folder '\(folder)' is on a read-only file system; choose another path"
        case ENOENT: return "not writable: its folder '\(folder)' does not accept new files; choose another path"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
