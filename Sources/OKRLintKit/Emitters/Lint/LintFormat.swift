/// The lint output formats of SPEC §6.
public enum LintFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit, markdown

    /// The format when none is asked for: `github` inside GitHub Actions
    /// (`GITHUB_ACTIONS=true`), else `text`.
    public static func automatic(environment: [String: String]) -> LintFormat {
        environment["GITHUB_ACTIONS"] == "true" ? .github : .text
    }

    /// The report in this format. `useColor` and `notes` (lines after the
    /// summary, such as the baseline's effect) concern the text format only.
    public func render(_ report: LintReport, useColor: Bool = false, notes: [String] = []) -> String {
        switch self {
        case .text: return TextLintEmitter(useColor: useColor).render(report, notes: notes)
        case .json: return JSONLintEmitter.render(report)
        case .sarif: return SARIFLintEmitter.render(report)
        case .github: return GitHubLintEmitter.render(report)
        case .junit: return JUnitLintEmitter.render(report)
        case .markdown: return MarkdownLintEmitter.render(report)
        }
    }
}
