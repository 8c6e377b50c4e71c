/// Findings in the JSON report: the lint JSON's fields plus `docs`, the
/// address of the rule's documentation (the configuration's `docs_url` with
/// the rule's anchor), or null when no safe `docs_url` is configured.
struct ReportFindings {
    let docsURL: String?

    init(docsURL: String?) {
        self.docsURL = docsURL.flatMap(ReportLink.href).map { String($0.prefix { $0 != "#" }) }
    }

    func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule)), ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)), ("file", .string(finding.file)),
            ("start", Self.position(finding.span.start)), ("end", Self.position(finding.span.end)),
            ("docs", docs(for: finding.rule).map(JSONValue.string) ?? .null),
        ])
    }

    /// `{"errors", "warnings", "infos", "total"}` of `findings`.
    static func counts(_ findings: [Finding]) -> JSONValue {
        .object([
            ("errors", .integer(findings.count { $0.severity == .error })),
            ("warnings", .integer(findings.count { $0.severity == .warning })),
            ("infos", .integer(findings.count { $0.severity == .info })),
            ("total", .integer(findings.count)),
        ])
    }

    private func docs(for rule: String) -> String? {
        docsURL.map { $0 + "#" + RuleDocumentation.anchor(rule) }
    }

    private static func position(_ position: SourcePosition) -> JSONValue {
        .object([("line", .integer(position.line)), ("column", .integer(position.column))])
    }
}
