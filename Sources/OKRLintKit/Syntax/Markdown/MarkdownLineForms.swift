/// The block-level forms a line's content can take (CommonMark's, as far as
/// the dialect needs them): ATX headings, thematic breaks, list markers and
/// task-list checkboxes. Shared by the block parser and the Markdown writer,
/// which checks that what it writes reads back the same.
enum MarkdownLineForms {
    /// `## text ##` → level 2 and `text`; nil when the content is no heading.
    static func heading(_ content: PositionedText) -> (level: Int, text: PositionedText)? {
        let level = content.prefixLength { $0 == "#" }
        guard (1...6).contains(level), level == content.count || content.scalars[level].isBlank else { return nil }
        var text = content.suffix(from: level).trimmed()
        let closing = text.count - (text.scalars.lastIndex { $0 != "#" }.map { $0 + 1 } ?? 0)
        if closing == text.count {
            text = text[0..<0]
        } else if closing > 0, text.scalars[text.count - closing - 1].isBlank {
            text = text[0..<(text.count - closing)].trimmed()
        }
        return (level, text)
    }

    /// Three or more `-`, `*` or `_` (the same one), with blanks between them allowed.
    static func isThematicBreak(_ content: PositionedText) -> Bool {
        guard let first = content.scalars.first, first == "-" || first == "*" || first == "_" else { return false }
        let marks = content.scalars.filter { !$0.isBlank }
        return marks.count >= 3 && marks.allSatisfy { $0 == first }
    }

    /// The length of the list marker the content starts with (`-`, `*`, `+`,
    /// or up to nine digits and `.` or `)`), which must be followed by a blank
    /// or the end of the line; nil when there is none.
    static func listMarkerLength(_ content: PositionedText) -> Int? {
        guard let first = content.scalars.first else { return nil }
        var length: Int
        if first == "-" || first == "*" || first == "+" {
            length = 1
        } else {
            let digits = content.prefixLength { ValueText.isASCIIDigit($0) }
            guard (1...9).contains(digits), digits < content.count,
                  content.scalars[digits] == "." || content.scalars[digits] == ")" else { return nil }
            length = digits + 1
        }
        guard length == content.count || content.scalars[length].isBlank else { return nil }
        return length
    }

    /// A checkbox at the start of `text` (`[ ]`, `[x]`, `[X]` followed by a
    /// blank or the end), and the text after it.
    static func checkbox(_ text: PositionedText) -> (Checkbox, PositionedText)? {
        guard text.count >= 3, text.scalars[0] == "[", text.scalars[2] == "]",
              3 == text.count || text.scalars[3].isBlank else { return nil }
        let mark = text.scalars[1]
        guard mark == " " || mark == "x" || mark == "X" else { return nil }
        return (Checkbox(isChecked: mark != " ", span: text[0..<3].span), text.suffix(from: 3).trimmed())
    }
}
