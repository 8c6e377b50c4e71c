/// Fits a Markdown report into a length limit (in UTF-16 code units, as
/// GitHub counts a comment): keeps the header and as many whole plan blocks
/// as fit, then says which plans were left out.
struct MarkdownTruncation {
    let limit: Int

    func fit(header: String, blocks: [String], names: [String]) -> String {
        let whole = ([header] + blocks).joined()
        guard whole.utf16.count > limit else { return whole }
        var text = header
        var kept = 0
        for block in blocks {
            let note = Self.note(left: Array(names[(kept + 1)...]), limit: limit)
            guard (text + block + note).utf16.count <= limit else { break }
            text += block
            kept += 1
        }
        let result = text + Self.note(left: Array(names[kept...]), limit: limit)
        guard result.utf16.count > limit else { return result }
        return Self.cut(result, to: limit)
    }

    /// "> Truncated to 65536 characters: left out 3 of the plans: a, b, c."
    /// (names only while the note stays short).
    private static func note(left names: [String], limit: Int) -> String {
        guard !names.isEmpty else { return "" }
        let listed = names.prefix(10).joined(separator: ", ") + (names.count > 10 ? ", …" : "")
        let plans = names.count == 1 ? "1 plan" : "\(names.count) plans"
        return "\n> **Truncated** to fit \(limit) characters: left out \(plans) (\(listed)). "
            + "Run `okrlint report --format html` for the full report.\n"
    }

    /// The longest prefix of whole characters within `limit` code units.
    private static func cut(_ text: String, to limit: Int) -> String {
        var used = 0
        var result = ""
        for character in text {
            used += character.utf16.count
            if used > limit { break }
            result.append(character)
        }
        return result
    }
}
