/// Everything a rule says about itself: the single source for `explain`, the
/// rule documentation, the configuration schema and the example tests.
public struct RuleDescription: Sendable {
    /// Stable id `category/name`.
    public let id: String
    public let defaultSeverity: Severity
    /// One line: when the rule fires.
    public let summary: String
    /// One paragraph: why the guidance says so.
    public let rationale: String
    public let options: [RuleOption]
    /// Rules that report the same problem more strongly: when one of them
    /// reports a finding at the same span, this rule's finding is dropped
    /// (SPEC §3: only the stronger of two rules firing for the same reason).
    public let yieldsTo: [String]
    /// Examples; triggering ones mark the expected span with `⟦` and `⟧`.
    public let examples: [RuleExample]

    public init(
        id: String, defaultSeverity: Severity, summary: String, rationale: String,
        options: [RuleOption] = [], yieldsTo: [String] = [], examples: [RuleExample]
    ) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.options = options
        self.yieldsTo = yieldsTo
        self.examples = examples
    }

    /// The part of the id before the slash (`kr` for `kr/activity`).
    public var category: String { String(id.prefix { $0 != "/" }) }
}
