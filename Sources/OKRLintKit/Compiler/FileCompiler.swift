import Foundation

/// Runs the stages for one file: limits, encoding, the front end of its
/// syntax (YAML or Markdown, by its name), model.
public enum FileCompiler {
    /// Compiles `source`. `fallbackPlanID` is used when the plan declares no `id`.
    public static func compile(_ source: SourceFile, fallbackPlanID: String, limits: YAMLLimits = .standard) -> CompiledFile {
        func failed(_ diagnostic: Diagnostic) -> CompiledFile {
            CompiledFile(source: source, plan: nil, planID: fallbackPlanID, diagnostics: [diagnostic])
        }
        if source.bytes.count > limits.maxFileSize {
            return failed(FileSizeLimit.diagnostic(size: source.bytes.count, limit: limits.maxFileSize))
        }
        if let problem = EncodingCheck.firstProblem(in: source) {
            return failed(problem)
        }
        let (document, itemEnds) = parse(source, limits: limits)
        guard let root = document.root else {
            let diagnostics = document.diagnostics.isEmpty ? [PlanBuilder.emptyFileDiagnostic] : document.diagnostics
            return CompiledFile(
                source: source, plan: nil, planID: fallbackPlanID, comments: document.comments, diagnostics: diagnostics)
        }
        var diagnostics = document.diagnostics
        let plan = PlanBuilder.build(root, spelling: GoalFileFormat(path: source.path).spelling, diagnostics: &diagnostics)
        return CompiledFile(
            source: source, plan: plan, planID: plan?.id?.value ?? fallbackPlanID, comments: document.comments,
            suppressions: SuppressionScanner.directives(in: document.comments, file: source, itemEnds: itemEnds),
            diagnostics: diagnostics)
    }

    /// The syntax tree of `source` and, for lines asked about, where the item
    /// starting on each ends (what a `disable-next-line` above it covers).
    private static func parse(_ source: SourceFile, limits: YAMLLimits) -> (YAMLDocument, (Set<Int>) -> [Int: SourcePosition]) {
        switch GoalFileFormat(path: source.path) {
        case .yaml:
            let document = YAMLParser.parse(source, limits: limits)
            return (document, { NodeExtents(root: document.root, lines: $0).ends })
        case .markdown:
            let markdown = MarkdownParser.parse(source, limits: limits)
            return (markdown.syntax, { _ in markdown.itemEnds })
        }
    }
}

/// The `syntax/limits` finding for a file over `max-file-size`.
public enum FileSizeLimit {
    public static func diagnostic(size: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            rule: "syntax/limits", span: .fileStart,
            message: "the file is \(describe(size)), over the \(describe(limit)) limit (max-file-size); split it into smaller plans")
    }

    static func describe(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024, bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MiB" }
        if bytes >= 1024 * 1024 { return String(format: "%.1f MiB", Double(bytes) / 1_048_576) }
        return "\(bytes) bytes"
    }
}
