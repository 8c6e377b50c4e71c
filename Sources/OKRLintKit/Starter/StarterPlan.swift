/// The sample plan `okrlint init` writes: one team's quarter in the
/// recommended shape (an objective with a metric and a milestone key result,
/// KPIs with range, trigger and owner, a dated milestone, a weekly goal and a
/// decision). Every date comes from the day it is generated, so the plan
/// lints clean that day: the period is the current quarter, the check-in,
/// readings and reviews are today's, and the metric key result stands where
/// its path expects it.
enum StarterPlan {
    static func text(today: CalendarDate) -> String {
        let quarter = (today.month - 1) / 3 + 1
        let label = "\(today.year)-Q\(quarter)"
        let period = try! Period.parse(label).get()
        let week = today.isoWeek
        let current = onPath(MetricPath(baseline: 120, target: 90, interimTargets: [], period: period), at: today)
        return """
            # A starter plan: replace the team, people and numbers with your own.
            # Rules and their reasons: `okrlint rules`, `okrlint explain RULE`.
            id: support-\(label.lowercased())
            title: Customer Support — \(label)
            team: Customer Support
            owner: dana
            team_size: 8
            period: \(label)
            review_by: \(period.end.adding(days: 14))   # revisit the framework after one cycle

            objectives:
              - id: fewer-repeat-contacts
                objective: Customers get their problem solved the first time they ask
                owner: dana
                why: Repeat contacts double our workload and are the top complaint in reviews.
                key_results:
                  - id: repeat-contacts
                    kr: Cut repeat contacts from 120 to 90 a week
                    baseline: 120
                    target: 90
                    unit: contacts/week
                    evidence: Helpdesk report "Repeat contacts"
                    owner: sam
                    tags: [customer]
                    confidence: 0.6
                    checkins:
                      - {date: \(today), value: \(current)}
                  - id: answers-published
                    kr: Answers to the ten most asked questions published in the help centre
                    type: milestone
                    due: \(period.end)
                    owner: lee
                    evidence: Help centre section "Top questions"

            kpis:
              - id: first-reply
                kpi: Median first reply time
                unit: hours
                healthy: "<= 8"
                trigger: "> 10 for 2 readings"
                owner: lee
                cadence: weekly
                source: Helpdesk dashboard
                reviewed: \(today)
                readings: {\(today): 6.5}
              - id: satisfaction
                kpi: Customer satisfaction after a contact
                unit: "%"
                healthy: ">= 90%"
                trigger: "< 88% for 2 readings"
                owner: priya
                cadence: weekly
                source: Post-contact survey
                reviewed: \(today)
                readings: {\(today): 92%}

            milestones:
              - id: macros-rewritten
                milestone: Reply macros rewritten and published in the helpdesk
                due: \(today.adding(days: 14))
                owner: lee
                serves: fewer-repeat-contacts
                status: planned

            weekly:
              - week: \(week)
                owner: sam
                goal: By \(week.date(weekday: 5)), sam will deliver the five most common repeat-contact causes, evidenced by a tagged list in the helpdesk.
                serves: repeat-contacts

            decisions:
              - date: \(today)
                decision: Track repeat contacts per week from now on
                owner: dana

            """
    }

    /// The value `path` expects by `date`, rounded towards the target, so the
    /// key result is on track rather than a rounding behind.
    private static func onPath(_ path: MetricPath, at date: CalendarDate) -> Int {
        let value = path.value(at: date)
        return Int(path.target < path.baseline ? value.rounded(.down) : value.rounded(.up))
    }
}
