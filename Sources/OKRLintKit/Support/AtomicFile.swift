import Foundation

/// Writes output files all at once: the text goes to a temporary file beside
/// the target, which is then renamed over it, so a failed run never leaves a
/// half-written report.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(RunError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes`; the file keeps the permissions of the file it replaces (else 0644).
    public static func write(bytes: [UInt8], to path: String) throws(RunError) {
        var existing = stat()
        let mode = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        var template = Array("\(directory)/.okrlint-output-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard result > 0 else {
                let error = failure(path)
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += result
        }
        let synced = fsync(descriptor) == 0
        let closed = close(descriptor) == 0
        guard synced, closed else {
            unlink(temporary)
            throw failure(path)
        }
        fchmodat(AT_FDCWD, temporary, mode, 0)
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    private static func failure(_ path: String) -> RunError {
        RunError("\(path): cannot write the output: \(String(cString: strerror(errno)))")
    }
}
