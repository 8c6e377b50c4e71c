/// `plan/unknown-reference`: `serves`, `aligns_to` or `kpi` names an id that exists nowhere in the workspace.
public struct UnknownReference: PlanRule {
    public static let needsWorkspace = true

    public static let description = RuleDescription(
        id: "plan/unknown-reference", defaultSeverity: .error,
        summary: "`serves`, `aligns_to` or `kpi` names an id that exists nowhere in the workspace.",
        rationale: """
            References tie the plan together: a milestone serves an objective, a weekly goal protects a \
            KPI, a team objective aligns to the company's. A reference to an id that does not exist \
            (a typo, or an item renamed or removed) silently breaks that link, so the work looks \
            aligned when it is not. References are resolved against every goal file of the workspace, \
            not only the files being linted, so a pre-commit run on one file gives no false alarms.
            """,
        examples: [
            RuleExample("""
                id: team
                objectives:
                  - id: fewer-repeat-changes
                    objective: Customers stop changing their orders twice
                milestones:
                  - milestone: CRM workflow updated
                    serves: ⟦fewer-repeat-change⟧
                """),
            RuleExample(
                "id: team\naligns_to: ⟦company#profitability⟧\n",
                workspace: ["company.okr.yaml": "id: company\nobjectives:\n  - id: retention\n    objective: Keep customers\n"]),
            RuleExample(
                "id: team\naligns_to: company#retention\n",
                workspace: ["company.okr.yaml": "id: company\nobjectives:\n  - id: retention\n    objective: Keep customers\n"]),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        context.outline.references.compactMap { reference in
            guard case .unknown(let problem, let closest, let missing) = context.workspace.resolve(reference.value, from: context.planID) else {
                return nil
            }
            let fix = closest.map { "did you mean '\($0)'?" } ?? "fix the id or add the \(missing == .plan ? "plan" : "item it names")"
            return Self.diagnostic(at: reference.span, "\(problem); \(fix)")
        }
    }
}

extension Plan {
    /// Every `aligns_to`, `serves` and `kpi` reference in the plan.
    public var references: [Located<ItemReference>] {
        var result = alignsTo
        for objective in objectives {
            result += objective.alignsTo
            for index in objective.keyResults.indices {
                if let kpi = objective.keyResults[index].kpi { result.append(kpi) }
            }
        }
        for index in milestones.indices { result += milestones[index].serves }
        for index in weekly.indices { result += weekly[index].serves }
        return result
    }
}
