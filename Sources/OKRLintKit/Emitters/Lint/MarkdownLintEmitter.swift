/// The `markdown` lint output: a findings report for a pull-request comment
/// or a CI job summary. The summary is a heading; each file with findings
/// follows with a table of position, severity, rule (linked to its docs when
/// the configuration sets `docs_url`) and message. Text from goal files is
/// escaped so it renders as written.
public enum MarkdownLintEmitter {
    public static func render(_ report: LintReport) -> String {
        var markdown = "### okrlint: \(FindingSummary(report).sentence)\n"
        var currentFile: String?
        for finding in report.findings {
            if finding.file != currentFile {
                currentFile = finding.file
                markdown += "\n#### \(MarkdownEscaping.inline(finding.file))\n\n| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |\n"
            }
            let position = "\(finding.span.start.line):\(finding.span.start.column)"
            let rule = link(finding.rule, docsURL: report.configuration.docsURL)
            markdown += "| \(position) | \(finding.severity.rawValue) | \(rule) | \(MarkdownEscaping.inline(finding.message)) |\n"
        }
        return markdown
    }

    private static func link(_ rule: String, docsURL: String?) -> String {
        guard let url = RuleDocumentation.helpURL(for: rule, docsURL: docsURL) else { return "`\(rule)`" }
        return "[`\(rule)`](\(url))"
    }
}
