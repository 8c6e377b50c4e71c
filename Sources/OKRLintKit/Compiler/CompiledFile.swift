/// One goal file after the front end and the model builder: its source, the
/// plan (nil when the file could not be parsed), its comments and the
/// problems found on the way.
public struct CompiledFile: Sendable {
    public let source: SourceFile
    public let plan: Plan?
    /// The id other plans use for this plan: its `id`, else the fallback derived from its path.
    public let planID: String
    public let comments: [YAMLComment]
    public let diagnostics: [Diagnostic]
}
