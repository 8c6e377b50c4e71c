/// One goal file after the front end and the model builder: its source, the
/// plan (nil when the file could not be parsed), its comments and the
/// problems found on the way.
public struct CompiledFile: Sendable {
    public let source: SourceFile
    public let plan: Plan?
    /// The id other plans use for this plan: its `id`, else the fallback derived from its path.
    public let planID: String
    /// YAML `#` comments, and in Markdown the HTML comments and those of the front matter.
    public let comments: [YAMLComment]
    /// The inline suppressions found in the comments.
    public let suppressions: [SuppressionDirective]
    public let diagnostics: [Diagnostic]

    public init(
        source: SourceFile, plan: Plan?, planID: String, comments: [YAMLComment] = [],
        suppressions: [SuppressionDirective] = [], diagnostics: [Diagnostic]
    ) {
        self.source = source
        self.plan = plan
        self.planID = planID
        self.comments = comments
        self.suppressions = suppressions
        self.diagnostics = diagnostics
    }
}
