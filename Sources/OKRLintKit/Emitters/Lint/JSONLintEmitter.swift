/// The `json` lint output of SPEC §6: version, findings with 1-based
/// positions (columns in Unicode scalars, end exclusive), and a summary.
public enum JSONLintEmitter {
    public static func render(_ report: LintReport) -> String {
        let summary = FindingSummary(report)
        let document = JSONValue.object([
            ("version", .integer(1)),
            ("findings", .array(report.findings.map(finding))),
            ("summary", .object([
                ("files", .integer(summary.files)), ("errors", .integer(summary.errors)),
                ("warnings", .integer(summary.warnings)), ("infos", .integer(summary.infos)),
            ])),
        ])
        return document.pretty()
    }

    private static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("file", .string(finding.file)),
            ("start", position(finding.span.start)),
            ("end", position(finding.span.end)),
            ("fix", finding.fix.map(fix) ?? .null),
        ])
    }

    private static func fix(_ fix: Fix) -> JSONValue {
        .object([
            ("applicability", .string(fix.applicability.rawValue)),
            ("replacements", .array(fix.replacements.map { replacement in
                .object([
                    ("start", position(replacement.span.start)), ("end", position(replacement.span.end)),
                    ("text", .string(replacement.text)),
                ])
            })),
        ])
    }

    private static func position(_ position: SourcePosition) -> JSONValue {
        .object([("line", .integer(position.line)), ("column", .integer(position.column))])
    }
}
