/// A check with a stable id and its own documentation.
///
/// Rules whose problems are found by the front end (`syntax/*`, `schema/*`)
/// conform to `Rule` only; their diagnostics come with the compiled file.
/// Rules that inspect the compiled plan conform to `PlanRule`.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
}

extension Rule {
    /// The description, through an instance (for `any Rule` values).
    public var ruleDescription: RuleDescription { Self.description }

    /// A diagnostic of this rule at `span`.
    public static func diagnostic(at span: SourceSpan, _ message: String) -> Diagnostic {
        Diagnostic(rule: description.id, span: span, message: message)
    }
}

/// A rule that inspects one compiled plan within its workspace. It is built
/// once per run with its option values (declared defaults, preset, configuration).
public protocol PlanRule: Rule {
    init(options: RuleOptionValues)
    func check(_ context: RuleContext) -> [Diagnostic]
    /// Whether the rule looks at other files through `context.workspace`.
    /// Such rules run after every file of the run has been read, when only
    /// the plan's outline is left: they read `context.outline`, and
    /// `context.plan` is then empty. The others run as soon as a file is read.
    static var needsWorkspace: Bool { get }
}

extension PlanRule {
    public static var needsWorkspace: Bool { false }
}


/// What a plan rule sees: the plan, its file, the workspace's ids, the as-of
/// date and, in a run with a git base, the file's version at that base.
public struct RuleContext: Sendable {
    /// The whole plan; empty for the rules that need the workspace (see `PlanRule.needsWorkspace`).
    public let plan: Plan
    /// The key results of every objective, in order: the plan's `keyResults`,
    /// gathered once for all the rules that read them.
    public let keyResults: [KeyResult]
    /// What is kept of the plan for the rules that look across files.
    public let outline: PlanOutline
    /// The id other plans use for this plan (its `id`, else the path from the workspace root).
    public let planID: String
    public let file: SourceFile
    public let workspace: WorkspaceIndex
    public let asOf: CalendarDate
    /// The file's plan at the `--diff-base` revision; nil without a base, outside
    /// git, or when the file is new (or unreadable) at that revision.
    public let base: BaseVersion?

    public init(
        plan: Plan, outline: PlanOutline, planID: String, file: SourceFile, workspace: WorkspaceIndex, asOf: CalendarDate,
        base: BaseVersion? = nil
    ) {
        self.plan = plan
        keyResults = plan.keyResults
        self.outline = outline
        self.planID = planID
        self.file = file
        self.workspace = workspace
        self.asOf = asOf
        self.base = base
    }
}

extension RuleContext {
    /// How hints and fixes about this file spell its fields, by its syntax.
    public var spelling: any FieldSpelling { GoalFileFormat(path: file.path).spelling }
}
