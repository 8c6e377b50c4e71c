/// The `sarif` lint output: a SARIF 2.1.0 log with one run, as GitHub code
/// scanning and other SARIF viewers read it.
///
/// `tool.driver.rules` lists every rule in catalogue order (so `ruleIndex`
/// is stable) with its summary, rationale, full help text, default level and,
/// when the configuration sets `docs_url`, a help URI. Each result carries a
/// region whose columns count UTF-16 code units (`end` exclusive, as SARIF
/// wants), a location relative to the git work tree root, and a partial
/// fingerprint built from the baseline key, so code scanning follows a finding
/// across edits that move its lines.
public enum SARIFLintEmitter {
    /// The JSON Schema the output follows (OASIS SARIF 2.1.0, errata 01).
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The `partialFingerprints` key: the baseline key with the finding's occurrence number.
    static let fingerprintKey = "okrlintIdentity/v1"

    public static func render(_ report: LintReport, rules: [RuleDescription] = RuleRegistry.all) -> String {
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        var occurrences: [String: Int] = [:]
        let results = report.findings.map { finding -> JSONValue in
            let key = finding.identity.key
            let occurrence = (occurrences[key] ?? 0) + 1
            occurrences[key] = occurrence
            return result(finding, in: report, ruleIndex: ruleIndex[finding.rule], fingerprint: "\(key):\(occurrence)")
        }
        let driver = JSONValue.object([
            ("name", .string("okrlint")),
            ("version", .string(OKRLintVersion.current)),
            ("informationUri", .string(OKRLintVersion.informationURI)),
            ("rules", .array(rules.map { rule(for: $0, docsURL: report.configuration.docsURL) })),
        ])
        return JSONValue.object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("columnKind", .string("utf16CodeUnits")),
                ("results", .array(results)),
            ])])),
        ]).pretty()
    }

    private static func rule(for rule: RuleDescription, docsURL: String?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("shortDescription", text(rule.summary)),
            ("fullDescription", text(rule.rationale)),
            ("help", text(RuleDocumentation.explanation(rule))),
        ]
        if let helpURL = RuleDocumentation.helpURL(for: rule.id, docsURL: docsURL) {
            members.append(("helpUri", .string(helpURL)))
        }
        members.append(("defaultConfiguration", .object([("level", .string(level(of: rule.defaultSeverity)))])))
        return .object(members)
    }

    private static func result(_ finding: Finding, in report: LintReport, ruleIndex: Int?, fingerprint: String) -> JSONValue {
        let span = report.utf16Span(of: finding)
        let region = JSONValue.object([
            ("startLine", .integer(span.start.line)), ("startColumn", .integer(span.start.column)),
            ("endLine", .integer(span.end.line)), ("endColumn", .integer(span.end.column)),
        ])
        let location = JSONValue.object([("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(ArtifactURI.reference(for: report.paths.relative(finding.file))))])),
            ("region", region),
        ]))])
        var members: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
        if let ruleIndex { members.append(("ruleIndex", .integer(ruleIndex))) }
        members += [
            ("level", .string(level(of: finding.severity))),
            ("message", text(finding.message)),
            ("locations", .array([location])),
            ("partialFingerprints", .object([(fingerprintKey, .string(fingerprint))])),
        ]
        return .object(members)
    }

    private static func text(_ text: String) -> JSONValue {
        .object([("text", .string(text))])
    }

    private static func level(of severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }
}
