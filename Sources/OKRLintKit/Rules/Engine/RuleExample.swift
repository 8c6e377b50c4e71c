/// A goal file that shows a rule at work. A triggering example marks each
/// expected finding's span with `⟦` and `⟧`; a non-triggering one has no marks
/// and must give no finding of the rule. An example may fix the as-of date,
/// set rule options, add other files to the workspace (keyed by path) for
/// cross-file rules, give the file's text at a git base revision for
/// history rules, and name the file it is linted as (its extension decides
/// the syntax: `example.okr.md` is Markdown).
public struct RuleExample: Sendable {
    public let source: String
    public let asOf: String?
    public let options: [String: OptionValue]
    public let workspace: [String: String]
    /// The same file at the `--diff-base` revision; nil: no base (or a file new there).
    public let base: String?
    /// The path the example is linted as.
    public let path: String

    public init(
        _ source: String, asOf: String? = nil, options: [String: OptionValue] = [:], workspace: [String: String] = [:],
        base: String? = nil, path: String = "example.okr.yaml"
    ) {
        self.source = source
        self.asOf = asOf
        self.options = options
        self.workspace = workspace
        self.base = base
        self.path = path
    }

    /// The syntax the example is written in.
    public var format: GoalFileFormat { GoalFileFormat(path: path) }

    public static let openMark: Character = "⟦"
    public static let closeMark: Character = "⟧"

    /// Whether the example marks any expected finding.
    public var triggers: Bool { source.contains(RuleExample.openMark) }
}
