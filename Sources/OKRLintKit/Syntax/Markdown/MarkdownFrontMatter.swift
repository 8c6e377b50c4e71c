/// YAML front matter: the lines between a first line `---` and the next line
/// `---` or `...`. They are read by the YAML front end, and every span (of
/// nodes, comments and diagnostics) is moved to where the lines are in the file.
struct MarkdownFrontMatter {
    let document: YAMLDocument
    /// The first line after the closing fence.
    let bodyStart: Int

    /// The front matter of `file`, nil when the file has none.
    static func read(_ file: SourceFile, limits: YAMLLimits) -> MarkdownFrontMatter? {
        guard isFence(file, line: 1, closing: false) else { return nil }
        guard let closing = (2...max(2, file.lineCount)).first(where: { isFence(file, line: $0, closing: true) }) else {
            let opening = PositionedText(line: 1, of: file).trimmed()
            let problem = MarkdownSyntax.diagnostic(
                at: opening.span, "the front matter opened here is never closed; end the plan keys with a line `---`")
            return MarkdownFrontMatter(document: YAMLDocument(root: nil, comments: [], diagnostics: [problem]), bodyStart: file.lineCount + 1)
        }
        let bytes = Array(file.bytes[file.lineStarts[1]..<file.lineStarts[closing - 1]])
        let yaml = YAMLParser.parse(SourceFile(path: file.path, bytes: bytes), limits: limits)
        let document = YAMLDocument(
            root: yaml.root?.shifted(by: 1),
            comments: yaml.comments.map { YAMLComment(text: $0.text, span: $0.span.shifted(by: 1), textOffset: $0.textOffset) },
            diagnostics: yaml.diagnostics.map { Diagnostic(rule: $0.rule, span: $0.span.shifted(by: 1), message: $0.message) })
        return MarkdownFrontMatter(document: document, bodyStart: closing + 1)
    }

    private static func isFence(_ file: SourceFile, line: Int, closing: Bool) -> Bool {
        guard line <= file.lineCount else { return false }
        let text = file.text(ofLine: line).trimmingSpaces
        return text == "---" || (closing && text == "...")
    }
}
