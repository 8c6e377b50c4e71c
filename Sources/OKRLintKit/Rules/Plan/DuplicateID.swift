/// `plan/duplicate-id`: two items of one plan share an id, or two plans share an id.
public struct DuplicateID: PlanRule {
    public static let needsWorkspace = true

    public static let description = RuleDescription(
        id: "plan/duplicate-id", defaultSeverity: .error,
        summary: "Two items share an id in one plan, or two plans share an id.",
        rationale: """
            Ids are how milestones, weekly goals and other plans point at an objective, a key result or \
            a KPI. When two items carry the same id, every reference to it is ambiguous and the reports \
            attach progress to the wrong one. The same holds for plan ids across the workspace. The \
            finding points at the later copy and names the line (or file) of the first.
            """,
        examples: [
            RuleExample("""
                id: team
                kpis:
                  - id: aht
                    kpi: Average handling time
                  - id: ⟦aht⟧
                    kpi: After-hours tickets
                """),
            RuleExample(
                "id: ⟦company⟧\ntitle: Team plan\n",
                workspace: ["goals/company.okr.yaml": "id: company\ntitle: Company plan\n"]),
            RuleExample("""
                id: team
                kpis:
                  - id: aht
                    kpi: Average handling time
                  - id: backlog
                    kpi: Tickets older than seven days
                """),
        ])

    public init(options: RuleOptionValues) {}

    public func check(_ context: RuleContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstLines: [String: Int] = [:]
        for id in context.outline.itemIDs.sorted(by: { $0.span < $1.span }) {
            if let line = firstLines[id.value] {
                diagnostics.append(Self.diagnostic(
                    at: id.span, "id '\(id.value)' is already used on line \(line); give each item its own id"))
            } else {
                firstLines[id.value] = id.span.start.line
            }
        }
        if let idSpan = context.outline.id?.span,
           let others = context.workspace.plans[context.planID]?.filter({ $0.file != context.file.path }),
           let other = others.first,
           isLaterCopy(than: other.file, in: context) {
            let place = other.idSpan.map { "on line \($0.start.line) of \(other.file)" } ?? "by \(other.file) (its id comes from the file name)"
            diagnostics.append(Self.diagnostic(
                at: idSpan, "plan id '\(context.planID)' is also used \(place); plan ids must be unique in the workspace"))
        }
        return diagnostics
    }

    /// The later file (by path) carries the finding, unless the earlier one is
    /// not being linted, in which case this file reports it so it is not lost.
    private func isLaterCopy(than otherFile: String, in context: RuleContext) -> Bool {
        context.file.path > otherFile || !context.workspace.isLinted(otherFile)
    }
}
