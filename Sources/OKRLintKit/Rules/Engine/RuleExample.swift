/// A goal file that shows a rule at work. A triggering example marks each
/// expected finding's span with `⟦` and `⟧`; a non-triggering one has no marks
/// and must give no finding of the rule. An example may fix the as-of date,
/// set rule options, add other files to the workspace (keyed by path) for
/// cross-file rules, and name the file it is linted as (its extension
/// decides the syntax: `example.okr.md` is Markdown).
public struct RuleExample: Sendable {
    public let source: String
    public let asOf: String?
    public let options: [String: OptionValue]
    public let workspace: [String: String]
    /// The path the example is linted as.
    public let path: String

    public init(
        _ source: String, asOf: String? = nil, options: [String: OptionValue] = [:], workspace: [String: String] = [:],
        path: String = "example.okr.yaml"
    ) {
        self.source = source
        self.asOf = asOf
        self.options = options
        self.workspace = workspace
        self.path = path
    }

    /// The syntax the example is written in.
    public var format: GoalFileFormat { GoalFileFormat(path: path) }

    public static let openMark: Character = "⟦"
    public static let closeMark: Character = "⟧"

    /// Whether the example marks any expected finding.
    public var triggers: Bool { source.contains(RuleExample.openMark) }
}
