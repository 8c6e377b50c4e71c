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
    /// Examples; triggering ones mark the expected span with `⟦` and `⟧`.
    public let examples: [RuleExample]

    public init(
        id: String, defaultSeverity: Severity, summary: String, rationale: String,
        options: [RuleOption] = [], examples: [RuleExample]
    ) {
        self.id = id
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.options = options
        self.examples = examples
    }

    /// The part of the id before the slash (`kr` for `kr/activity`).
    public var category: String { String(id.prefix { $0 != "/" }) }
}

/// A threshold or word list a team can tune, with its default.
public struct RuleOption: Sendable {
    public let name: String
    public let summary: String
    /// The default, as it would be written in the configuration file.
    public let defaultValue: String

    public init(name: String, summary: String, defaultValue: String) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
    }
}

/// A goal file that shows a rule at work. A triggering example marks each
/// expected finding's span with `⟦` and `⟧`; a non-triggering one has no marks
/// and must give no finding of the rule. An example may fix the as-of date and
/// add other files to the workspace (keyed by path) for cross-file rules.
public struct RuleExample: Sendable {
    public let source: String
    public let asOf: String?
    public let workspace: [String: String]

    public init(_ source: String, asOf: String? = nil, workspace: [String: String] = [:]) {
        self.source = source
        self.asOf = asOf
        self.workspace = workspace
    }

    public static let openMark: Character = "⟦"
    public static let closeMark: Character = "⟧"

    /// Whether the example marks any expected finding.
    public var triggers: Bool { source.contains(RuleExample.openMark) }
}
