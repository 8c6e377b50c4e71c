/// Groups the lines of a Markdown body into headings, paragraphs and list
/// items, following CommonMark where the dialect needs it: an item's content
/// column decides which lines belong to it, lines without a blank line
/// before them continue the text above (lazily), blank lines between items do
/// not end a list, and a line indented four columns past its container that
/// does not continue text (after a blank line or a heading) starts an
/// indented code block, which is ignored.
struct MarkdownBlockParser {
    /// Deepest nesting of list items kept as items; deeper items become stray
    /// lines of the item above, which the dialect reports.
    static let maxNesting = 8

    private(set) var blocks: [MarkdownBlock] = []
    /// Indented code blocks and thematic breaks: text that is not part of any block.
    private(set) var ignored: [SourceSpan] = []
    private var openItems: [MarkdownListItem] = []
    private var paragraph: [PositionedText] = []
    private var afterBlank = true
    /// Whether the next text line continues the innermost item's text (or its stray text).
    private var itemTextOpen = false
    private var strayTextOpen = false
    private var codeIndent: Int?

    mutating func add(_ line: ScannedLine) {
        switch line {
        case .commentOnly:
            return
        case .code:
            closeParagraph()
            itemTextOpen = false
            strayTextOpen = false
            afterBlank = false
        case .blank:
            closeParagraph()
            afterBlank = true
            itemTextOpen = false
            strayTextOpen = false
        case .text(let text):
            add(text)
            afterBlank = false
        }
    }

    /// Closes every open block; the result is in `blocks`.
    mutating func finish() {
        closeParagraph()
        closeItems(above: 0)
    }

    private mutating func add(_ line: MarkdownLine) {
        let content = line.content
        if let indent = codeIndent {
            if line.indent >= indent {
                ignored.append(content.span)
                return
            }
            codeIndent = nil
        }
        let container = openItems.last { $0.contentColumn <= line.indent }?.contentColumn ?? 0
        let canStartBlock = afterBlank || (paragraph.isEmpty && !itemTextOpen && !strayTextOpen)
        if line.indent >= container + 4, canStartBlock {
            closeParagraph()
            codeIndent = container + 4
            ignored.append(content.span)
            return
        }
        if line.indent <= container + 3, let heading = MarkdownLineForms.heading(content) {
            closeParagraph()
            closeItems(above: 0)
            blocks.append(.heading(level: heading.level, text: heading.text))
            itemTextOpen = false
            strayTextOpen = false
            return
        }
        if MarkdownLineForms.isThematicBreak(content) {
            closeParagraph()
            closeItems(above: 0)
            ignored.append(content.span)
            itemTextOpen = false
            strayTextOpen = false
            return
        }
        if let markerLength = MarkdownLineForms.listMarkerLength(content) {
            closeParagraph()
            openItem(line, markerLength: markerLength)
            return
        }
        addText(line, content)
    }

    private mutating func addText(_ line: MarkdownLine, _ content: PositionedText) {
        if !afterBlank, itemTextOpen, let last = openItems.indices.last {
            openItems[last].text.append(content, separator: " ")
            return
        }
        if !afterBlank, strayTextOpen, let last = openItems.indices.last {
            openItems[last].strayLines.append(content)
            return
        }
        if !afterBlank, !paragraph.isEmpty {
            paragraph.append(content)
            return
        }
        closeItems(above: line.indent)
        if let last = openItems.indices.last {
            openItems[last].strayLines.append(content)
            strayTextOpen = true
        } else {
            paragraph.append(content)
        }
    }

    private mutating func openItem(_ line: MarkdownLine, markerLength: Int) {
        closeItems(above: line.indent)
        let afterMarker = line.contentOffset + markerLength
        let blanks = line.text.prefixLength(from: afterMarker, while: \.isBlank)
        let markerEnd = line.indent + markerLength
        let spacing = MarkdownLine.width(of: line.text.scalars[afterMarker..<(afterMarker + blanks)], from: markerEnd) - markerEnd
        let rest = line.text.suffix(from: afterMarker).trimmed()
        let contentColumn = markerEnd + ((1...4).contains(spacing) && !rest.isEmpty ? spacing : 1)
        let (checkbox, text) = MarkdownLineForms.checkbox(rest).map { ($0.0, $0.1) } ?? (nil, rest)
        if openItems.count >= Self.maxNesting, let last = openItems.indices.last {
            openItems[last].strayLines.append(line.content)
            strayTextOpen = true
            itemTextOpen = false
            return
        }
        openItems.append(MarkdownListItem(checkbox: checkbox, text: text, contentColumn: contentColumn))
        itemTextOpen = true
        strayTextOpen = false
    }

    /// Closes the open items whose content starts right of `column`, attaching
    /// each to its parent (or to the blocks when it is not nested).
    private mutating func closeItems(above column: Int) {
        while let last = openItems.last, last.contentColumn > column {
            openItems.removeLast()
            if let parent = openItems.indices.last {
                openItems[parent].children.append(last)
            } else {
                blocks.append(.item(last))
            }
        }
    }

    private mutating func closeParagraph() {
        guard !paragraph.isEmpty else { return }
        blocks.append(.paragraph(paragraph))
        paragraph = []
    }
}
