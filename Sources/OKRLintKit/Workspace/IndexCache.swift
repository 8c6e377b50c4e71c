import Foundation

/// `.okrlint-cache/index-v2` at the workspace root (SPEC §2): what each goal
/// file adds to the cross-file index, keyed by path, size and modification
/// time, so that a run on one file reparses only the files that changed. A
/// cache that is missing, stale or unreadable is simply rebuilt; failing to
/// write it never fails the run.
struct IndexCache {
    /// A file's size and modification time (nanoseconds): what must match for an entry to be used.
    struct Stamp: Equatable {
        let size: Int
        let modified: Int

        init(size: Int, modified: Int) {
            self.size = size
            self.modified = modified
        }

        /// The stamp of what `stat` read.
        init(_ info: stat) {
            self.init(size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
        }
    }

    private struct Entry {
        let stamp: Stamp
        /// The contribution, with `file` holding the absolute path.
        let contribution: WorkspaceIndex.Contribution
    }

    static let folderName = ".okrlint-cache"
    private let path: String
    private let header: String
    private var entries: [String: Entry] = [:]
    private var changed = false

    /// The cache of the workspace at `root`; entries are valid only for the
    /// same okrlint version, root and file-size limit.
    init(root: String, maxFileSize: Int) {
        path = root + "/" + IndexCache.folderName + "/index-v2"
        header = "okrlint-index 2 \(OKRLintVersion.current) \(maxFileSize) \(CacheText.escape(root))"
        guard let data = FileManager.default.contents(atPath: path) else { return }
        entries = IndexCache.parse(Array(data), header: header) ?? [:]
    }

    /// The size and modification time of `path`, nil when it cannot be read.
    static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(info)
    }

    /// The cached contribution of `path` when the file has not changed.
    func contribution(of path: String, stamp: Stamp) -> WorkspaceIndex.Contribution? {
        guard let entry = entries[path], entry.stamp == stamp else { return nil }
        return entry.contribution
    }

    mutating func store(_ contribution: WorkspaceIndex.Contribution, for path: String, stamp: Stamp) {
        let entry = Entry(stamp: stamp, contribution: contribution.shown(as: path))
        guard entries[path]?.stamp != stamp || entries[path]?.contribution != entry.contribution else { return }
        entries[path] = entry
        changed = true
    }

    /// Drops the entries of files no longer in the workspace.
    mutating func keepOnly(_ paths: Set<String>) {
        let before = entries.count
        entries = entries.filter { paths.contains($0.key) }
        changed = changed || entries.count != before
    }

    /// Writes the cache when it changed; problems (a read-only folder) are ignored.
    func saveIfChanged() {
        guard changed else { return }
        var text = header + "\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "F \(entry.stamp.size) \(entry.stamp.modified) \(CacheText.escape(path))\n"
            let contribution = entry.contribution
            guard let planID = contribution.planID else { continue }
            text += "P \(contribution.idSpan.map(CacheText.span) ?? "-") \(CacheText.escape(planID))\n"
            if !contribution.itemIDs.isEmpty { text += "I " + contribution.itemIDs.text + "\n" }
            for goal in contribution.weeklyGoals {
                text += "W \(CacheText.span(goal.span)) \(goal.value.week.year) \(goal.value.week.week) \(CacheText.escape(goal.value.owner))\n"
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(text, to: path)
    }

    /// The entries of a cache file, or nil when it is not one of this version,
    /// root and limit. Read byte by byte: a workspace's cache has thousands of lines.
    private static func parse(_ bytes: [UInt8], header: String) -> [String: Entry]? {
        bytes.withUnsafeBufferPointer { parse($0, header: header) }
    }

    /// The same, on the file's bytes in place (no reference counting or
    /// uniqueness checks while reading them).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, header: String) -> [String: Entry]? {
        var reader = CacheLineReader(bytes)
        guard let first = reader.nextLine(), String(decoding: first, as: UTF8.self) == header else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(bytes.count / 256)  // a plan's entry takes a few hundred bytes
        var current: (path: String, stamp: Stamp)?
        var planID: String?
        var idSpan: SourceSpan?
        var itemIDs = ItemIDList([])
        var goals: [Located<PersonWeek>] = []
        func finish() {
            guard let file = current else { return }
            entries[file.path] = Entry(stamp: file.stamp, contribution: WorkspaceIndex.Contribution(
                file: file.path, planID: planID, idSpan: idSpan, itemIDs: itemIDs, weeklyGoals: goals))
            (planID, idSpan, itemIDs, goals) = (nil, nil, ItemIDList([]), [])
            goals.reserveCapacity(8)
        }
        while let line = reader.nextLine() {
            guard line.count >= 2 else { continue }
            var fields = CacheFields(line.dropFirst(2))
            switch line.first {
            case UInt8(ascii: "F"):
                finish()
                guard let size = fields.integer(), let modified = fields.integer() else { return nil }
                current = (CacheText.unescape(fields.rest()), Stamp(size: size, modified: modified))
            case UInt8(ascii: "P"):
                guard current != nil, let span = fields.word() else { return nil }
                idSpan = CacheText.span(span)
                planID = CacheText.unescape(fields.rest())
            case UInt8(ascii: "I"):
                itemIDs = ItemIDList(text: String(decoding: fields.rest(), as: UTF8.self))
            case UInt8(ascii: "W"):
                guard let span = fields.word().flatMap(CacheText.span), let year = fields.integer(), let number = fields.integer(),
                      let week = ISOWeek(year: year, week: number) else { return nil }
                goals.append(Located(PersonWeek(week: week, owner: CacheText.unescape(fields.rest())), at: span))
            default:
                return nil
            }
        }
        finish()
        return entries
    }
}

/// One line of the cache file, in place.
private typealias CacheLine = Slice<UnsafeBufferPointer<UInt8>>

/// The lines of the cache file, without copying.
private struct CacheLineReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func nextLine() -> CacheLine? {
        guard position < bytes.count, let base = bytes.baseAddress else { return nil }
        let start = position
        let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
        position = newline.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? bytes.count
        defer { position += 1 }
        return bytes[start..<position]
    }
}

/// The space-separated fields of one cache line.
private struct CacheFields {
    private var remaining: CacheLine

    init(_ line: CacheLine) {
        remaining = line
    }

    mutating func word() -> CacheLine? {
        guard !remaining.isEmpty, let base = remaining.base.baseAddress else { return nil }
        let space = memchr(base + remaining.startIndex, Int32(UInt8(ascii: " ")), remaining.count)
        let end = space.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? remaining.endIndex
        defer { remaining = end < remaining.endIndex ? remaining[(end + 1)...] : remaining[end...] }
        return remaining[..<end]
    }

    /// A field of ASCII digits with an optional `-` (a modification time
    /// before 1970), read without making a string.
    mutating func integer() -> Int? {
        guard let field = word() else { return nil }
        if field.first == UInt8(ascii: "-") { return ValueText.digits(utf8: field.dropFirst()).map { -$0 } }
        return ValueText.digits(utf8: field)
    }

    mutating func rest() -> CacheLine {
        defer { remaining = remaining[remaining.endIndex...] }
        return remaining
    }
}

/// The small text encoding of the cache file: spans as `line:column-line:column`,
/// and `%`, line breaks escaped in free text.
private enum CacheText {
    static func span(_ span: SourceSpan) -> String {
        "\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)"
    }

    /// `line:column-line:column`; nil for `-` or anything else.
    static func span(_ text: CacheLine) -> SourceSpan? {
        var numbers = (0, 0, 0, 0)
        var count = 0
        var value = 0
        var digits = 0
        for byte in text {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 9 {
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else if (byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")), digits > 0, count < 3 {
                switch count {
                case 0: numbers.0 = value
                case 1: numbers.1 = value
                default: numbers.2 = value
                }
                (count, value, digits) = (count + 1, 0, 0)
            } else {
                return nil
            }
        }
        guard digits > 0, count == 3 else { return nil }
        numbers.3 = value
        return SourceSpan(
            start: SourcePosition(line: numbers.0, column: numbers.1), end: SourcePosition(line: numbers.2, column: numbers.3))
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    static func unescape(_ bytes: CacheLine) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.contains(UInt8(ascii: "%")) else { return text }
        return text.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%25", with: "%")
    }
}
