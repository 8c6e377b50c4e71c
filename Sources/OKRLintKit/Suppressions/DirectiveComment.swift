/// The words of one `okrlint-…` comment: the command, the rule names with
/// their columns, and the reason after ` -- `. Knows nothing of YAML.
struct DirectiveComment {
    enum Command: String, CaseIterable {
        // Longest first, so `okrlint-disable-next-line` is not read as `okrlint-disable`.
        case disableNextLine = "okrlint-disable-next-line"
        case disableLine = "okrlint-disable-line"
        case disableFile = "okrlint-disable-file"
        case disable = "okrlint-disable"
        case enable = "okrlint-enable"
    }

    let command: Command
    /// Rule names with their offsets (in Unicode scalars) from the start of the comment text.
    let rules: [(name: String, offset: Int)]
    let reason: String?

    /// Reads the text of a comment (after `#` or inside `<!-- -->`); nil when it is no directive.
    init?(_ text: String) {
        // Most comments are no directive: they are passed over on their first bytes.
        guard text.utf8.drop(while: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).starts(with: "okrlint-".utf8) else {
            return nil
        }
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\t" { index += 1 }
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        guard let command = Command.allCases.first(where: { rest.hasPrefix($0.rawValue) }) else { return nil }
        let afterCommand = index + command.rawValue.unicodeScalars.count
        if afterCommand < scalars.count, scalars[afterCommand] != " ", scalars[afterCommand] != "\t" { return nil }
        self.command = command
        var names: [(String, Int)] = []
        var reason: String?
        var position = afterCommand
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == " " || scalar == "\t" || scalar == "," {
                position += 1
                continue
            }
            if scalar == "-", position + 1 < scalars.count, scalars[position + 1] == "-",
               position + 2 == scalars.count || scalars[position + 2] == " " {
                let text = String(String.UnicodeScalarView(scalars[min(position + 2, scalars.count)...]))
                reason = text.trimmingSpaces.isEmpty ? nil : text.trimmingSpaces
                break
            }
            let start = position
            while position < scalars.count, !" \t,".unicodeScalars.contains(scalars[position]) { position += 1 }
            names.append((String(String.UnicodeScalarView(scalars[start..<position])), start))
        }
        rules = names
        self.reason = reason
    }
}
