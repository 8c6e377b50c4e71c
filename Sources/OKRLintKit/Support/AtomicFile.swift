import Foundation

/// Writes output files all at once: each text goes to a temporary file beside
/// its target, and only when every one is written do they take their
/// targets' places (renamed, or for a report swapped with the old file: see
/// `replace`), so a failed run never leaves a half-written report — nor some
/// of its reports written and others not. A replaced file keeps its permissions.
/// Files are not flushed to disk before the rename (no `fsync`): the
/// guarantee is against a run that fails or is interrupted, as with other
/// linters' outputs, and a report folder of a thousand pages would otherwise
/// wait on a thousand disk flushes.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws(RunError) {
        try write([(text, path)])
    }

    /// Writes `bytes` to `path` (used by `--fix` to rewrite goal files).
    public static func write(bytes: [UInt8], to path: String) throws(RunError) {
        try writeAll([([bytes], path)])
    }

    /// Writes `pieces` one after the other to `path`: a report, rendered in
    /// pieces, which replaces an existing file by swapping with it (see `replace`).
    public static func write(pieces: [[UInt8]], to path: String) throws(RunError) {
        try writeAll([(pieces, path)], swapping: true)
    }

    /// Writes each `text` to its `path`, all or nothing.
    public static func write(_ outputs: [(text: String, path: String)]) throws(RunError) {
        try writeAll(outputs.map { ([Array($0.text.utf8)], $0.path) })
    }

    private static func writeAll(_ outputs: [(pieces: [[UInt8]], path: String)], swapping: Bool = false) throws(RunError) {
        var staged: [(temporary: String, path: String)] = []
        do throws(RunError) {
            for output in outputs {
                staged.append((try stage(output.pieces, for: output.path), output.path))
            }
            for entry in staged where replace(entry.path, with: entry.temporary, swapping: swapping) != 0 {
                throw failure(entry.path)
            }
        } catch {
            for entry in staged { unlink(entry.temporary) }
            throw error
        }
    }

    /// Writes `pieces` to a new temporary file beside `path`, with the
    /// permissions of the file it will replace (else 0644), and returns its path.
    private static func stage(_ pieces: [[UInt8]], for path: String) throws(RunError) -> String {
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, existing.st_mode & S_IFMT == S_IFDIR {
            throw OutputFailure.isFolder(path)
        }
        let mode = exists ? existing.st_mode & 0o7777 : 0o644
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        var template = Array("\(directory)/.okrlint-output-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard writePieces(pieces, to: descriptor), fchmod(descriptor, mode) == 0 else {
            let error = failure(path)
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            unlink(temporary)
            throw failure(path)
        }
        return temporary
    }

    /// Writes `pieces` in order, up to `vectorsPerCall` of them per `writev`;
    /// false on an error (left in `errno`).
    private static func writePieces(_ pieces: [[UInt8]], to descriptor: Int32) -> Bool {
        var remaining = pieces.filter { !$0.isEmpty }[...]
        var offset = 0  // Bytes of the first remaining piece already written.
        while !remaining.isEmpty {
            let batch = remaining.prefix(vectorsPerCall)
            let result = withIOVectors(batch, skipping: offset) { writev(descriptor, $0.baseAddress, Int32($0.count)) }
            guard result > 0 else { return false }
            var written = result + offset
            offset = 0
            while let first = remaining.first, written >= first.count {
                written -= first.count
                remaining = remaining.dropFirst()
            }
            offset = written
        }
        return true
    }

    /// Pieces per `writev`: well under `IOV_MAX`, and few enough for the
    /// nested buffer accesses of `withIOVectors`.
    private static let vectorsPerCall = 64

    /// Calls `body` with I/O vectors over `pieces`, the first one starting `offset` bytes in.
    private static func withIOVectors<Result>(
        _ pieces: ArraySlice<[UInt8]>, skipping offset: Int, _ body: (UnsafeBufferPointer<iovec>) -> Result
    ) -> Result {
        func nest(_ index: Int, _ vectors: inout [iovec]) -> Result {
            guard index < pieces.endIndex else { return vectors.withUnsafeBufferPointer(body) }
            return pieces[index].withUnsafeBytes { bytes in
                let skip = index == pieces.startIndex ? offset : 0
                vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress! + skip), iov_len: bytes.count - skip))
                return nest(index + 1, &vectors)
            }
        }
        var vectors: [iovec] = []
        vectors.reserveCapacity(pieces.count)
        return nest(pieces.startIndex, &vectors)
    }

    /// Puts `temporary` in the place of `path`, atomically: readers see the
    /// old file or the new one, never a mix and never no file.
    ///
    /// With `swapping`, an existing file is swapped with the new one (Linux's
    /// `renameat2` with `RENAME_EXCHANGE`) and then removed under the
    /// temporary name. A `rename` over it makes ext4 write the new file's
    /// blocks out there and then (its `auto_da_alloc` guard for programs that
    /// skip `fsync`), which made replacing a report folder's thousand pages
    /// cost a fifth of the run. Reports can be made again, so they go
    /// without that guard; goal files rewritten by `--fix` or `convert`, and
    /// the other outputs, keep it. Where swapping is not available, or there
    /// is nothing to swap with, it is a `rename`. Returns 0, or -1 with `errno` set.
    private static func replace(_ path: String, with temporary: String, swapping: Bool) -> Int32 {
        if swapping, let exchange = FileExchange.function, exchange(AT_FDCWD, temporary, AT_FDCWD, path, FileExchange.flag) == 0 {
            unlink(temporary)
            return 0
        }
        return rename(temporary, path)
    }

    private static func failure(_ path: String) -> RunError {
        OutputFailure.error(path, failing: path, code: errno)
    }
}

/// `renameat2(2)`, looked up at run time: the C library declares it only for
/// GNU sources, and it is missing where the system is not Linux.
private enum FileExchange {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `RENAME_EXCHANGE`: swap the two paths, both of which must exist.
    static let flag: UInt32 = 1 << 1

    static let function: Function? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: Function.self) }
}
