import Foundation

/// `.okrlint-cache/index-v1` at the workspace root (SPEC §2): what each goal
/// file adds to the cross-file index, keyed by path, size and modification
/// time, so that a run on one file reparses only the files that changed. A
/// cache that is missing, stale or unreadable is simply rebuilt; failing to
/// write it never fails the run.
struct IndexCache {
    /// A file's size and modification time (nanoseconds): what must match for an entry to be used.
    struct Stamp: Equatable {
        let size: Int
        let modified: Int
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
        path = root + "/" + IndexCache.folderName + "/index-v1"
        header = "okrlint-index 1 \(OKRLintVersion.current) \(maxFileSize) \(CacheText.escape(root))"
        guard let data = FileManager.default.contents(atPath: path) else { return }
        entries = IndexCache.parse(String(decoding: data, as: UTF8.self), header: header) ?? [:]
    }

    /// The size and modification time of `path`, nil when it cannot be read.
    static func stamp(of path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Stamp(size: Int(info.st_size), modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec))
    }

    /// The cached contribution of `path` when the file has not changed.
    func contribution(of path: String, stamp: Stamp) -> WorkspaceIndex.Contribution? {
        guard let entry = entries[path], entry.stamp == stamp else { return nil }
        return entry.contribution
    }

    mutating func store(_ contribution: WorkspaceIndex.Contribution, for path: String, stamp: Stamp) {
        entries[path] = Entry(stamp: stamp, contribution: contribution.shown(as: path))
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
            if !contribution.itemIDs.isEmpty { text += "I " + contribution.itemIDs.joined(separator: " ") + "\n" }
            for goal in contribution.weeklyGoals {
                text += "W \(CacheText.span(goal.span)) \(goal.value.week) \(CacheText.escape(goal.value.owner))\n"
            }
        }
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? AtomicFile.write(text, to: path)
    }

    /// The entries of a cache file, or nil when it is not one of this version, root and limit.
    private static func parse(_ text: String, header: String) -> [String: Entry]? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard lines.popFirst() == Substring(header) else { return nil }
        var entries: [String: Entry] = [:]
        var current: (path: String, stamp: Stamp)?
        var planID: String?
        var idSpan: SourceSpan?
        var itemIDs: [String] = []
        var goals: [Located<PersonWeek>] = []
        func finish() {
            guard let file = current else { return }
            entries[file.path] = Entry(stamp: file.stamp, contribution: WorkspaceIndex.Contribution(
                file: file.path, planID: planID, idSpan: idSpan, itemIDs: itemIDs, weeklyGoals: goals))
            (planID, idSpan, itemIDs, goals) = (nil, nil, [], [])
        }
        for line in lines where !line.isEmpty {
            let fields = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
            switch fields.first {
            case "F":
                finish()
                guard fields.count == 4, let size = Int(fields[1]), let modified = Int(fields[2]) else { return nil }
                current = (CacheText.unescape(fields[3]), Stamp(size: size, modified: modified))
            case "P":
                let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
                guard parts.count == 3, current != nil else { return nil }
                idSpan = CacheText.span(parts[1])
                planID = CacheText.unescape(parts[2])
            case "I":
                itemIDs = line.split(separator: " ").dropFirst().map(String.init)
            case "W":
                let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
                guard parts.count == 4, let span = CacheText.span(parts[1]), case .success(let week) = ISOWeek.parse(String(parts[2])) else {
                    return nil
                }
                goals.append(Located(PersonWeek(week: week, owner: CacheText.unescape(parts[3])), at: span))
            default:
                return nil
            }
        }
        finish()
        return entries
    }
}

/// The small text encoding of the cache file: spans as `line:column-line:column`,
/// and `%`, line breaks escaped in free text.
private enum CacheText {
    static func span(_ span: SourceSpan) -> String {
        "\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)"
    }

    static func span(_ text: Substring) -> SourceSpan? {
        let numbers = text.split(whereSeparator: { $0 == ":" || $0 == "-" }).compactMap { Int($0) }
        guard numbers.count == 4 else { return nil }
        return SourceSpan(start: SourcePosition(line: numbers[0], column: numbers[1]), end: SourcePosition(line: numbers[2], column: numbers[3]))
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A").replacingOccurrences(of: "\r", with: "%0D")
    }

    static func unescape(_ text: Substring) -> String {
        String(text).replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%25", with: "%")
    }
}
