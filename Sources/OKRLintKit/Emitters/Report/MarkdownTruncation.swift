/// Fits a Markdown report into a length limit (in UTF-16 code units, as
/// GitHub counts a comment): keeps the header and as many whole plan blocks
/// as fit beside a note naming the plans left out, then adds that note, with
/// fewer names or none when only the header fits. Nothing is ever cut
/// mid-text: a limit too small for the header and the shortest note is a run
/// error that names the smallest limit that works.
struct MarkdownTruncation {
    let limit: Int

    /// The most plan names a note lists.
    private static let listedNames = 10

    /// The header and the blocks of the plans `names`, `block(i)` rendering
    /// the i-th: blocks are rendered in order only until the limit is passed,
    /// so a report of thousands of plans renders only what can be shown.
    func fit(header: String, names: [String], block: (Int) -> String) throws(RunError) -> String {
        var blocks: [String] = []
        var length = header.utf16.count
        while blocks.count < names.count, length <= limit {
            blocks.append(block(blocks.count))
            length += blocks[blocks.count - 1].utf16.count
        }
        guard length > limit else { return ([header] + blocks).joined() }
        let smallest = Self.smallestLimit(header: header, plans: names.count)
        guard limit >= smallest else {
            throw RunError("--max-chars \(limit) cannot hold this report's header and the note saying what was left out; use at least \(smallest)")
        }
        var used = header.utf16.count
        var kept = 0
        for block in blocks {  // Their lengths add up to more than the limit: the loop ends within them.
            let size = block.utf16.count
            let rest = names[(kept + 1)...]
            guard used + size + Self.note(leaving: rest.count, naming: Array(rest.prefix(Self.listedNames)), limit: limit).utf16.count <= limit else { break }
            used += size
            kept += 1
        }
        let left = names[kept...]
        let notes = (0...min(left.count, Self.listedNames)).reversed().lazy.map {
            Self.note(leaving: left.count, naming: Array(left.prefix($0)), limit: limit)
        }
        return header + blocks[..<kept].joined() + (notes.first { used + $0.utf16.count <= limit } ?? "")
    }

    /// The header and the shortest note with every plan left out: the least
    /// limit that holds them (the note names the limit, so its digits count).
    private static func smallestLimit(header: String, plans: Int) -> Int {
        var smallest = 0
        while true {
            let needed = header.utf16.count + note(leaving: plans, naming: [], limit: smallest).utf16.count
            if needed <= smallest { return smallest }
            smallest = needed
        }
    }

    /// "> Truncated to fit 65536 characters: left out 3 plans (a, b, …)." for
    /// `count` plans left out, of which it names `listed` (none: no parentheses).
    private static func note(leaving count: Int, naming listed: [String], limit: Int) -> String {
        guard count > 0 else { return "" }
        let plans = count == 1 ? "1 plan" : "\(count) plans"
        let names = listed.isEmpty ? "" : " (" + listed.joined(separator: ", ") + (count > listed.count ? ", …" : "") + ")"
        return "\n> **Truncated** to fit \(limit) characters: left out \(plans)\(names). "
            + "Run `okrlint report --format html` for the full report.\n"
    }
}
