import OKRLintKit
import Testing

/// The model builder: typed values with spans, both forms of series, YAML 1.1
/// surprises, and schema findings that say what was expected.
@Suite struct PlanBuilderTests {
    private func build(_ text: String) -> (Plan?, [Diagnostic]) {
        let file = TestWorkspace.compile("t.okr.yaml", text)
        return (file.plan, file.diagnostics)
    }

    private func at(_ line: Int, _ column: Int, _ endColumn: Int) -> SourceSpan {
        SourceSpan(start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: endColumn))
    }

    static let specPlan = """
        version: 1
        id: cx-2026-q4
        title: Customer Operations — Q4 2026
        team_size: 12
        period: 2026-Q4
        review_by: 2027-01-15
        aligns_to: company-2026#retention
        objectives:
          - id: fewer-repeat-changes
            objective: Customers stop needing to change their orders twice
            key_results:
              - id: repeat-changes
                kr: Cut repeat order changes from 120 to 90 a month
                baseline: 120
                target: 90
                tags: [customer]
                confidence: 0.6
                kpi: aht
                path:
                  2026-11-15: 105
                checkins:
                  - {date: 2026-10-07, value: 118}
                  - {date: 2026-10-14, value: 110, note: new policy live}
              - kr: New change policy published and brief delivered
                type: milestone
                due: 2026-10-15
                done: 2026-10-14
        kpis:
          - id: aht
            kpi: Average handling time
            healthy: 4..6
            trigger: "> 7 for 2 readings"
            cadence: weekly
            readings: {2026-10-07: 5.2, 2026-10-14: 7.4}
        milestones:
          - id: crm-workflow
            milestone: CRM workflow updated
            due: 2026-10-31
            serves: fewer-repeat-changes
            moved:
              - {from: 2026-10-20, to: 2026-10-31, reason: vendor delay, impact: first ten cases slip a week}
        weekly:
          - week: 2026-W42
            owner: sam
            by: 2026-10-16
            deliver: first ten cases routed through the new path
            serves: [repeat-changes]
        decisions:
          - date: 2026-10-09
            decision: Route all repeat changes to one queue
            owner: dana
        """

    @Test func theSpecExampleCompilesWithEveryValueTyped() throws {
        let (plan, diagnostics) = build(Self.specPlan)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let compiled = try #require(plan)
        #expect(compiled.id?.value == "cx-2026-q4")
        #expect(compiled.id?.span == at(2, 5, 15))
        #expect(compiled.teamSize?.value == 12)
        #expect(compiled.period?.value.start.description == "2026-10-01")
        #expect(compiled.period?.value.end.description == "2026-12-31")
        #expect(compiled.alignsTo.map(\.value.raw) == ["company-2026#retention"])
        let kr = try #require(compiled.objectives.first?.keyResults.first)
        #expect(kr.title?.span == at(13, 13, 60))
        #expect(kr.baseline?.value.value == 120)
        #expect(kr.target?.value.value == 90)
        #expect(kr.confidence?.value.value == 0.6)
        #expect(kr.tags.map(\.value) == ["customer"])
        #expect(kr.path.map { $0.value?.value.value } == [105])
        #expect(kr.checkins.map { $0.date?.value.description } == ["2026-10-07", "2026-10-14"])
        #expect(kr.checkins.last?.note?.value == "new policy live")
        #expect(kr.effectiveType == .metric)
        #expect(compiled.objectives[0].keyResults[1].effectiveType == .milestone)
        let kpi = try #require(compiled.kpis.first)
        #expect(kpi.healthy?.value.contains(5) == true)
        #expect(kpi.healthy?.value.contains(6.5) == false)
        #expect(kpi.trigger?.value.count == 2)
        #expect(kpi.readings.map { $0.value?.value.value } == [5.2, 7.4])
        #expect(kpi.readings.first?.span == at(34, 16, 31), "a map entry spans from its date to its value")
        #expect(compiled.milestones.first?.moved.first?.reason?.value == "vendor delay")
        #expect(compiled.weekly.first?.week?.value.description == "2026-W42")
        #expect(compiled.weekly.first?.title?.value == "first ten cases routed through the new path")
        #expect(compiled.decisions.first?.owner?.value == "dana")
    }

    @Test func yaml11SurprisesKeepTheUsersText() throws {
        let (plan, diagnostics) = build("""
            id: team
            owner: no
            decisions:
              - decision: on
                owner: yes
            objectives:
              - objective: 2026-10-14
                key_results:
                  - kr: off
                    tags: [no, y]
            """)
        #expect(diagnostics.isEmpty)
        let compiled = try #require(plan)
        #expect(compiled.owner?.value == "no")
        #expect(compiled.decisions.first?.title?.value == "on")
        #expect(compiled.decisions.first?.owner?.value == "yes")
        #expect(compiled.objectives.first?.title?.value == "2026-10-14")
        #expect(compiled.objectives.first?.keyResults.first?.tags.map(\.value) == ["no", "y"])
    }

    @Test func mappingFormsOfPeriodsRangesAndTriggers() throws {
        let (plan, diagnostics) = build("""
            id: team
            period: {start: 2026-10-01, end: 2026-11-30}
            kpis:
              - kpi: Uptime
                healthy: {min: 99.5%}
                trigger: {below: 99%, for: 3}
            """)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let compiled = try #require(plan)
        #expect(compiled.period?.value.end.description == "2026-11-30")
        #expect(compiled.kpis.first?.healthy?.value.contains(99.7) == true)
        #expect(compiled.kpis.first?.trigger?.value.direction == .below)
        #expect(compiled.kpis.first?.trigger?.value.count == 3)
    }

    @Test func unknownKeysSuggestTheClosestKnownKey() {
        let (_, diagnostics) = build("id: team\nobjectives:\n  - objective: Grow\n    key_result: []\n    onwer: dana\n    colour: red\n")
        #expect(diagnostics.map(\.rule) == ["schema/unknown-key", "schema/unknown-key", "schema/unknown-key"])
        #expect(diagnostics.map(\.span) == [at(4, 5, 15), at(5, 5, 10), at(6, 5, 11)])
        #expect(diagnostics[0].message.contains("did you mean 'key_results'?"))
        #expect(diagnostics[1].message.contains("did you mean 'owner'?"))
        #expect(diagnostics[2].message.contains("known keys: id, objective, owner"))
    }

    @Test func mergeKeysAreUnknownKeys() {
        let (_, diagnostics) = build("id: team\nobjectives:\n  - <<: {owner: dana}\n    objective: Grow\n")
        #expect(diagnostics.map(\.rule) == ["schema/unknown-key"])
        #expect(diagnostics.first?.span == at(3, 5, 7))
        #expect(diagnostics.first?.message.contains("merge keys") == true)
    }

    @Test func wrongFormsSayWhatWasExpected() {
        let (_, diagnostics) = build("""
            id: team
            team_size: twelve
            period: 2026-Q5
            objectives:
              - objective: Grow
                key_results:
                  - kr: Revenue reaches $1M
                    confidence: 1.4
                    target: lots
                    checkins: {2026-02-30: 4}
            milestones: a list
            """)
        #expect(diagnostics.map(\.rule) == Array(repeating: "schema/type", count: 6))
        #expect(diagnostics.map(\.span) == [at(2, 12, 18), at(3, 9, 16), at(8, 21, 24), at(9, 17, 21), at(10, 20, 30), at(11, 13, 19)])
        #expect(diagnostics[0].message.contains("whole number"))
        #expect(diagnostics[2].message.contains("between 0 and 1"))
        #expect(diagnostics[3].message.contains("95%"))
        #expect(diagnostics[5].message == "expected a list of milestones, found a single value")
    }

    @Test func itemsWithoutTitleTextAreReportedAtTheirFirstKey() {
        let (_, diagnostics) = build("id: team\nkpis:\n  - owner: lee\n    healthy: 4..6\n")
        #expect(diagnostics.map(\.rule) == ["schema/type"])
        #expect(diagnostics.first?.span == at(3, 5, 10))
        #expect(diagnostics.first?.message.contains("'kpi'") == true)
    }

    @Test func aTitleGivenWithoutAValueIsMissingAndReportedAtItsKey() {
        let (plan, diagnostics) = build("id: team\nobjectives:\n  - owner: dana\n    objective:\n")
        #expect(diagnostics.map(\.rule) == ["schema/type"])
        #expect(diagnostics.first?.span == at(4, 5, 14))
        #expect(diagnostics.first?.message == "this objective has no 'objective'; add it, e.g. `objective: …`")
        #expect(plan?.objectives.first?.title == nil)
    }

    @Test func aFileThatIsNotAMappingIsATypeFinding() {
        #expect(build("- just\n- a list\n").1.map(\.rule) == ["schema/type"])
        #expect(build("").1 == [PlanBuilder.emptyFileDiagnostic])
        let (plan, diagnostics) = build("{\"id\": \"team\", \"title\": \"From JSON\"}")
        #expect(diagnostics.isEmpty, "JSON is YAML: a JSON plan is read as one")
        #expect(plan?.title?.value == "From JSON")
    }
}
