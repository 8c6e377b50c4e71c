/// One line of Markdown with its HTML comments cut out, and the width of its
/// indentation (tabs advance to the next multiple of four columns, as in
/// CommonMark).
struct MarkdownLine: Sendable {
    /// The line without its comments and line break.
    let text: PositionedText
    /// Width of the leading spaces and tabs, in columns.
    let indent: Int
    /// Offset of the first scalar that is not a space or a tab.
    let contentOffset: Int

    init(text: PositionedText) {
        self.text = text
        contentOffset = text.prefixLength(while: \.isBlank)
        indent = MarkdownLine.width(of: text.scalars[0..<contentOffset], from: 0)
    }

    /// The line's content: no indentation, no trailing blanks.
    var content: PositionedText { text.suffix(from: contentOffset).trimmed() }

    /// Columns taken by `blanks` starting at column `from` (0-based).
    static func width(of blanks: ArraySlice<Unicode.Scalar>, from: Int) -> Int {
        blanks.reduce(from) { column, scalar in scalar == "\t" ? column + 4 - column % 4 : column + 1 }
    }
}

/// What the scanner makes of one physical line.
enum ScannedLine: Sendable {
    case blank
    /// Nothing but comments: transparent to the block structure.
    case commentOnly
    /// A line of a fenced code block, fences included.
    case code
    case text(MarkdownLine)
}

/// Reads a Markdown body line by line: recognises fenced code blocks (```
/// or ~~~, closed by a fence of the same character at least as long) and cuts
/// out HTML comments, which may span lines, collecting them with their spans.
struct MarkdownLineScanner {
    private(set) var comments: [YAMLComment] = []
    /// The spans of the fenced code blocks met so far.
    private(set) var codeBlocks: [SourceSpan] = []
    private var fence: (character: Unicode.Scalar, length: Int, start: SourcePosition)?
    private var openComment: (start: SourcePosition, text: String)?

    mutating func scan(_ raw: PositionedText) -> ScannedLine {
        if let open = fence {
            if closesFence(raw.trimmed(), open) {
                codeBlocks.append(SourceSpan(start: open.start, end: raw.trimmed().end))
                fence = nil
            }
            return .code
        }
        if openComment == nil, let opened = opensFence(raw.trimmed()) {
            fence = (opened.0, opened.1, raw.trimmed().start)
            return .code
        }
        let hadComment = openComment != nil || raw.firstOffset(of: "<!--") != nil
        let text = cutComments(raw)
        if text.isBlank { return hadComment ? .commentOnly : .blank }
        return .text(MarkdownLine(text: text))
    }

    /// The end of the file: a fence or comment still open runs to it.
    mutating func finish(at end: SourcePosition) {
        if let open = fence { codeBlocks.append(SourceSpan(start: open.start, end: end)) }
        if let open = openComment {
            comments.append(YAMLComment(text: open.text, span: SourceSpan(start: open.start, end: end), textOffset: 4))
        }
        fence = nil
        openComment = nil
    }

    private static let commentOpen = Array("<!--".unicodeScalars)

    /// The line with every comment removed (and recorded, when it closes),
    /// remembering one left open at its end.
    private mutating func cutComments(_ line: PositionedText) -> PositionedText {
        var cut: [Range<Int>] = []
        var offset = 0
        while offset <= line.count {
            if let open = openComment {
                var start = offset
                if let opener = cut.last, opener.upperBound == offset {
                    start = opener.lowerBound
                    cut.removeLast()
                }
                guard let close = line.firstOffset(of: "-->", from: offset) else {
                    let part = line.suffix(from: offset).string
                    openComment = (open.start, open.text + (offset == 0 && !open.text.isEmpty ? "\n" : "") + part)
                    cut.append(start..<line.count)
                    break
                }
                let part = line[offset..<close].string
                let text = open.text + (offset == 0 && !open.text.isEmpty ? "\n" : "") + part
                comments.append(YAMLComment(text: text, span: SourceSpan(start: open.start, end: line[close..<(close + 3)].end), textOffset: 4))
                openComment = nil
                cut.append(start..<(close + 3))
                offset = close + 3
                continue
            }
            guard let start = line.firstOffset(of: "<!--", from: offset) else { break }
            openComment = (line.positions[start], "")
            cut.append(start..<(start + 4))
            offset = start + 4
        }
        return line.removing(cut)
    }

    /// A fence opening: three or more backticks (whose info text holds no
    /// backtick) or tildes.
    private func opensFence(_ content: PositionedText) -> (Unicode.Scalar, Int)? {
        guard let first = content.scalars.first, first == "`" || first == "~" else { return nil }
        let length = content.prefixLength { $0 == first }
        guard length >= 3 else { return nil }
        if first == "`", content.suffix(from: length).scalars.contains("`") { return nil }
        return (first, length)
    }

    private func closesFence(_ content: PositionedText, _ open: (character: Unicode.Scalar, length: Int, start: SourcePosition)) -> Bool {
        let length = content.prefixLength { $0 == open.character }
        return length >= open.length && length == content.count
    }
}
