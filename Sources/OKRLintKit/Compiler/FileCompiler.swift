import Foundation

/// Runs the stages for one file: limits, encoding, YAML, model.
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
        let document = YAMLParser.parse(source, limits: limits)
        guard let root = document.root else {
            let hasSyntaxError = document.diagnostics.contains { $0.rule.hasPrefix("syntax/") }
            let diagnostics = hasSyntaxError ? document.diagnostics : document.diagnostics + [PlanBuilder.emptyFileDiagnostic]
            return CompiledFile(
                source: source, plan: nil, planID: fallbackPlanID, comments: document.comments, diagnostics: diagnostics)
        }
        var diagnostics = document.diagnostics
        let plan = PlanBuilder.build(root, diagnostics: &diagnostics)
        return CompiledFile(
            source: source, plan: plan, planID: plan?.id?.value ?? fallbackPlanID, comments: document.comments,
            suppressions: SuppressionScanner.directives(in: document.comments, root: root, file: source),
            diagnostics: diagnostics)
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
