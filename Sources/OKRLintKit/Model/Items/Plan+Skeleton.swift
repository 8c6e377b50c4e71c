extension Plan {
    /// What the rules that look across files, the suppressions and the
    /// finding identities still need of a plan once the other rules have run:
    /// the ids, titles and spans of its items, its references and its weekly
    /// goals. Keeping only this lets a run over thousands of files hold little
    /// of each.
    public var skeleton: Plan {
        var copy = Plan(span: span)
        copy.id = id
        copy.title = title
        copy.alignsTo = alignsTo
        copy.objectives = objectives.map { objective in
            var kept = Objective(span: objective.span)
            kept.id = objective.id
            kept.title = objective.title
            kept.alignsTo = objective.alignsTo
            kept.keyResults = objective.keyResults.map { keyResult in
                var keptResult = KeyResult(span: keyResult.span)
                keptResult.id = keyResult.id
                keptResult.title = keyResult.title
                keptResult.kpi = keyResult.kpi
                return keptResult
            }
            return kept
        }
        copy.kpis = kpis.map { kpi in
            var kept = KPI(span: kpi.span)
            kept.id = kpi.id
            kept.title = kpi.title
            return kept
        }
        copy.milestones = milestones.map { milestone in
            var kept = Milestone(span: milestone.span)
            kept.id = milestone.id
            kept.title = milestone.title
            kept.serves = milestone.serves
            return kept
        }
        copy.weekly = weekly
        copy.decisions = decisions.map { decision in
            var kept = Decision(span: decision.span)
            kept.id = decision.id
            kept.title = decision.title
            return kept
        }
        return copy
    }
}
