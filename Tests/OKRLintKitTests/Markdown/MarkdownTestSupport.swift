@testable import OKRLintKit

/// Reads Markdown goal files in tests.
enum MarkdownTestSupport {
    /// The compiled file for Markdown `text`, read as `x.okr.md`.
    static func compile(_ text: String) -> CompiledFile {
        FileCompiler.compile(SourceFile(path: "x.okr.md", text: text), fallbackPlanID: "x")
    }

    /// The plan of `marked` (with `⟦…⟧` marks), its diagnostics and the marked spans.
    static func read(_ marked: String) -> (plan: Plan, diagnostics: [Diagnostic], spans: [SourceSpan]) {
        let source = MarkedSource(marked)
        let file = compile(source.text)
        return (file.plan ?? Plan(span: .fileStart), file.diagnostics, source.spans)
    }
}
