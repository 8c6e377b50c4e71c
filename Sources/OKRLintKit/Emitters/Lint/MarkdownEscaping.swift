/// Text from goal files made safe for a GitHub-flavoured Markdown table cell
/// or heading in a pull-request comment: it renders as the words it is, and
/// cannot break the table, inject HTML or images, or mention people.
enum MarkdownEscaping {
    /// Characters that start emphasis, links, images, HTML, entities,
    /// strike-through, math, or end a table cell.
    private static let special: Set<Unicode.Scalar> = ["\\", "*", "_", "[", "]", "<", ">", "!", "&", "~", "$", "|"]

    /// `text` on one line with Markdown syntax escaped. Backtick code spans
    /// (as okrlint's messages use for examples) are kept when the backticks
    /// pair up; only `|` is escaped inside them, as GitHub tables require.
    static func inline(_ text: String) -> String {
        let oneLine = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        let pieces = oneLine.split(separator: "`", omittingEmptySubsequences: false)
        guard pieces.count % 2 == 1 else { return plain(Substring(oneLine), escapingBackticks: true) }
        return pieces.enumerated().map { index, piece in
            index % 2 == 1 ? piece.replacingScalars { $0 == "|" ? "\\|" : nil } : plain(piece, escapingBackticks: false)
        }.joined(separator: "`")
    }

    /// Backslash before each special character; a word joiner after `@` so
    /// a quoted `@name` does not notify anyone.
    private static func plain(_ text: Substring, escapingBackticks: Bool) -> String {
        text.replacingScalars { scalar in
            if special.contains(scalar) || (escapingBackticks && scalar == "`") { return "\\" + String(scalar) }
            return scalar == "@" ? "@\u{2060}" : nil
        }
    }
}
