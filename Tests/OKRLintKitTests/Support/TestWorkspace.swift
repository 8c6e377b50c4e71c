import OKRLintKit

/// Lints goal files held in memory, the way `okrlint lint` lints files on disk.
enum TestWorkspace {
    /// Findings for `main` (linted as `path`), with `others` in the workspace
    /// and, when given, `base` as the file's text at the git base revision.
    static func lint(
        _ main: String, path: String = "example.okr.yaml", others: [String: String] = [:], base: String? = nil,
        asOf: String = "2026-11-01", selection: RuleSelection = .all, rules: RuleConfiguration = .recommended
    ) -> [Finding] {
        let date = try! CalendarDate.parse(asOf).get()
        let options = LintOptions(asOf: date, selection: selection, rules: rules)
        let linted = compile(path, main)
        let rest = others.keys.sorted().map { compile($0, others[$0]!) }
        let bases = base.flatMap { compile(path, $0).plan }.map { [path: BaseVersion(revision: "the base", plan: $0)] } ?? [:]
        return Linter.lint([linted], alongside: rest, options: options, bases: bases)
    }

    static func compile(_ path: String, _ text: String) -> CompiledFile {
        FileCompiler.compile(SourceFile(path: path, text: text), fallbackPlanID: WorkspaceRoot.fallbackPlanID(for: path, root: ""))
    }

    /// Only the diagnostics of the front end and model builder.
    static func diagnostics(_ text: String) -> [Diagnostic] {
        compile("example.okr.yaml", text).diagnostics
    }
}
