/// The `github` lint output: one GitHub Actions workflow command per finding,
/// `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=RULE::message`
/// (`warning`, and `notice` for infos), which the runner turns into
/// annotations on the pull request.
///
/// Paths are relative to the git work tree root; columns count UTF-16 code
/// units, as in the SARIF output (GitHub's pages index text in UTF-16), and
/// `end` is exclusive as everywhere in okrlint. A span over several lines gives no `col`/`endColumn`, so GitHub
/// marks the whole lines.
public enum GitHubLintEmitter {
    public static func render(_ report: LintReport) -> String {
        report.findings.map { command(for: $0, in: report) + "\n" }.joined()
    }

    private static func command(for finding: Finding, in report: LintReport) -> String {
        let span = report.utf16Span(of: finding)
        var properties = [("file", report.paths.relative(finding.file)), ("line", String(span.start.line))]
        if span.isMultiline {
            properties.append(("endLine", String(span.end.line)))
        } else {
            properties += [("col", String(span.start.column)), ("endLine", String(span.end.line)), ("endColumn", String(span.end.column))]
        }
        properties.append(("title", finding.rule))
        let list = properties.map { "\($0.0)=\(escape($0.1, inProperty: true))" }.joined(separator: ",")
        return "::\(name(of: finding.severity)) \(list)::\(escape(finding.message, inProperty: false))"
    }

    private static func name(of severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// Percent-encodes what the runner would otherwise read as syntax: `%`,
    /// CR and LF everywhere, and in a property value also `:` and `,`.
    static func escape(_ text: String, inProperty: Bool) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "%": return "%25"
            case "\r": return "%0D"
            case "\n": return "%0A"
            case ":" where inProperty: return "%3A"
            case "," where inProperty: return "%2C"
            default: return nil
            }
        }
    }
}
