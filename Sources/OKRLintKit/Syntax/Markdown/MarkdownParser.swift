/// A Markdown goal file read by the dialect's front end: the node tree (with
/// spans into the Markdown), comments and problems, as for a YAML file; where
/// each list item and section ends; and the text the plan leaves out.
public struct MarkdownDocument: Sendable {
    public let syntax: YAMLDocument
    /// For each line where a list item or section starts, where it ends.
    public let itemEnds: [Int: SourcePosition]
    /// Text that is not part of the plan: prose outside objectives, code
    /// blocks, thematic breaks, unknown sections.
    public let ignored: [SourceSpan]
}

/// The Markdown front end (SPEC §2.2, `Grammar/okr-markdown.ebnf`): YAML
/// front matter through the YAML front end, then the body line by line
/// (comments and code cut out), grouped into blocks and read by the dialect
/// into the same node tree a YAML file gives, so that the model builder and
/// every rule work on it unchanged. Problems of the dialect are
/// `syntax/markdown` findings at the text not understood; the rest of the
/// file is still read.
public enum MarkdownParser {
    /// Parses `file`, which must already have passed `EncodingCheck`.
    public static func parse(_ file: SourceFile, limits: YAMLLimits = .standard) -> MarkdownDocument {
        let frontMatter = MarkdownFrontMatter.read(file, limits: limits)
        if let yaml = frontMatter?.document, yaml.diagnostics.contains(where: { $0.rule.hasPrefix("syntax/") }) {
            return MarkdownDocument(syntax: YAMLDocument(root: nil, comments: [], diagnostics: yaml.diagnostics), itemEnds: [:], ignored: [])
        }
        let body = blocks(of: file, from: frontMatter?.bodyStart ?? 1)
        var reader = MarkdownPlanReader(frontMatter: frontMatter?.document.root)
        body.blocks.forEach { reader.read($0) }
        let root = reader.finish()
        var diagnostics = (frontMatter?.document.diagnostics ?? []) + reader.diagnostics
        if root == nil, diagnostics.isEmpty { diagnostics.append(emptyFileDiagnostic) }
        return MarkdownDocument(
            syntax: YAMLDocument(root: root, comments: (frontMatter?.document.comments ?? []) + body.comments, diagnostics: diagnostics),
            itemEnds: reader.itemEnds, ignored: body.ignored + reader.ignored)
    }

    /// The blocks of `file` from line `start` on, its comments, and the code
    /// blocks and thematic breaks between them.
    static func blocks(of file: SourceFile, from start: Int) -> (blocks: [MarkdownBlock], comments: [YAMLComment], ignored: [SourceSpan]) {
        var scanner = MarkdownLineScanner()
        var parser = MarkdownBlockParser()
        if start <= file.lineCount {
            for line in start...file.lineCount {
                parser.add(scanner.scan(PositionedText(line: line, of: file)))
            }
        }
        scanner.finish(at: SourcePosition(line: file.lineCount, column: file.scalarCount(ofLine: file.lineCount) + 1))
        parser.finish()
        return (parser.blocks, scanner.comments, parser.ignored + scanner.codeBlocks)
    }

    /// The finding for a Markdown file that holds no plan.
    static let emptyFileDiagnostic = Diagnostic(
        rule: SchemaRuleID.type, span: .fileStart,
        message: "the file holds no plan; start it with YAML front matter (`---`) or a `# Title`, then sections such as `## Objective: …` or `## KPIs`")
}
