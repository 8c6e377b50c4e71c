/// Column conversion at the edge: positions count Unicode scalars, while
/// SARIF and GitHub annotations count UTF-16 code units.
extension SourceFile {
    /// The column of `position` in UTF-16 code units: each scalar before it on
    /// its line counts one unit, or two when it lies outside the Basic
    /// Multilingual Plane (emoji, rare CJK). Columns past the end of the line
    /// count one unit each.
    public func utf16Column(of position: SourcePosition) -> Int {
        guard position.line >= 1, position.line <= lineCount else { return position.column }
        let skipped = max(0, position.column - 1)
        let before = text(ofLine: position.line).unicodeScalars.prefix(skipped)
        return 1 + before.reduce(0) { $0 + UTF16.width($1) } + (skipped - before.count)
    }

    /// `span` with both columns in UTF-16 code units.
    public func utf16Span(of span: SourceSpan) -> SourceSpan {
        SourceSpan(
            start: SourcePosition(line: span.start.line, column: utf16Column(of: span.start)),
            end: SourcePosition(line: span.end.line, column: utf16Column(of: span.end)))
    }
}
