/// A plan rule built with its option values, with its id and whether it
/// needs the workspace read once, not for every file the linter checks.
public struct ConfiguredRule: Sendable {
    public let id: String
    public let needsWorkspace: Bool
    public let rule: any PlanRule
}
