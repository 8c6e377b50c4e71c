/// A block of a Markdown goal file, as far as the dialect needs blocks:
/// headings, paragraphs and list items (with the items nested in them).
/// Code blocks, thematic breaks and comments are not blocks; the block
/// parser records the first two as ignored text and the line scanner keeps
/// the comments.
enum MarkdownBlock: Sendable {
    /// `#` to `######`; `text` is without the markers and any closing `#`s.
    case heading(level: Int, text: PositionedText)
    /// Consecutive lines of text, each trimmed.
    case paragraph([PositionedText])
    /// A list item that is not nested in another.
    case item(MarkdownListItem)
}

/// A task-list checkbox: `[ ]`, `[x]` or `[X]`.
struct Checkbox: Sendable {
    let isChecked: Bool
    let span: SourceSpan
}

/// A list item: its checkbox, its text (continuation lines joined with a
/// space), the items nested in it, and any other text found inside it,
/// which the dialect does not expect.
struct MarkdownListItem: Sendable {
    let checkbox: Checkbox?
    var text: PositionedText
    var children: [MarkdownListItem] = []
    /// Lines inside the item that are neither its text nor a nested item.
    var strayLines: [PositionedText] = []
    /// The column where the item's content starts (0-based, tabs expanded):
    /// lines indented at least this far belong to the item.
    let contentColumn: Int

    /// From the checkbox or text to the end of the last nested item or line.
    var span: SourceSpan {
        var span = SourceSpan(start: checkbox?.span.start ?? text.start, end: text.end)
        for child in children { span = span.union(child.span) }
        for line in strayLines { span = span.union(line.span) }
        return span
    }
}
