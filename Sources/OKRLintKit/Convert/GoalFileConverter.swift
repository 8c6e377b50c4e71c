import Foundation

/// Converts a goal file between the two syntaxes (SPEC §4 `okrlint convert`):
/// one model, two spellings. The file is read by the front end of its own
/// syntax and its node tree written in the other, values kept exactly as
/// written (unknown keys and malformed values too, so their findings stay);
/// comments, and text the plan leaves out (with the comments inside it),
/// travel as comments. What cannot
/// be carried (a key given twice, a comment Markdown cannot hold) is noted.
public enum GoalFileConverter {
    /// The converted text and what it could not carry.
    public struct Output: Sendable {
        public let text: String
        public let notes: [ConversionNote]
    }

    /// Converts `source` (its syntax told by its path) to `format`; throws the
    /// first problem that stops the file from being read.
    public static func convert(_ source: SourceFile, to format: GoalFileFormat, limits: YAMLLimits = .standard) throws(ConversionError) -> Output {
        if let problem = EncodingCheck.firstProblem(in: source) { throw ConversionError(problem) }
        let (document, ignored) = read(source, limits: limits)
        if let problem = document.diagnostics.first(where: { $0.rule.hasPrefix("syntax/") }) { throw ConversionError(problem) }
        guard let root = document.root else {
            throw ConversionError(document.diagnostics.first ?? PlanBuilder.emptyFileDiagnostic)
        }
        guard case .mapping(let pairs) = root.content else {
            var diagnostics: [Diagnostic] = []
            _ = PlanBuilder.build(root, spelling: GoalFileFormat(path: source.path).spelling, diagnostics: &diagnostics)
            throw ConversionError(diagnostics.first ?? PlanBuilder.emptyFileDiagnostic)
        }
        var notes = document.diagnostics.filter { $0.rule == DuplicateKey.description.id }.map {
            ConversionNote(line: $0.span.start.line, "the second '\(source.text(in: $0.span))' of one item (a duplicate key) is left out")
        }
        let lines: [OutputLine]
        switch format {
        case .yaml:
            lines = YAMLWriter.lines(for: pairs)
        case .markdown:
            let writer = MarkdownWriter(plan: pairs)
            lines = writer.lines
            notes += writer.notes
        }
        let loose = document.comments.filter { comment in !ignored.contains { $0.contains(comment.span.start) } }
        let comments = (loose.map { carried($0.text, at: $0.span, in: source) }
            + ignored.map { carried(source.text(in: $0), at: $0, in: source) }).sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        let placed = CommentPlacer.place(comments, in: lines, notes: &notes)
        return Output(text: placed.map(\.text).joined(separator: "\n") + "\n", notes: notes.sorted { $0.line < $1.line })
    }

    private static func read(_ source: SourceFile, limits: YAMLLimits) -> (YAMLDocument, [SourceSpan]) {
        switch GoalFileFormat(path: source.path) {
        case .yaml: return (YAMLParser.parse(source, limits: limits), [])
        case .markdown:
            let markdown = MarkdownParser.parse(source, limits: limits)
            return (markdown.syntax, markdown.ignored)
        }
    }

    private static func carried(_ text: String, at span: SourceSpan, in source: SourceFile) -> CarriedComment {
        let before = source.text(in: SourceSpan(start: SourcePosition(line: span.start.line, column: 1), end: span.start))
        return CarriedComment(text: text, line: span.start.line, column: span.start.column, trailing: !before.trimmingSpaces.isEmpty)
    }
}

/// Why a file could not be converted: the first problem that stops it from being read.
public struct ConversionError: Error, Sendable {
    public let diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
