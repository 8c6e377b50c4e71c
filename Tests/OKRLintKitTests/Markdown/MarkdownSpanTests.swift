import OKRLintKit
import Testing

/// Every syntax variant of the dialect (issue 12, SPEC §2.2) read into the
/// model with exact spans: 1-based lines, columns in Unicode scalars, end
/// exclusive, pointing into the Markdown.
@Suite struct MarkdownSpanTests {
    private func read(_ marked: String) -> (Plan, [SourceSpan]) {
        let (plan, diagnostics, spans) = MarkdownTestSupport.read(marked)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return (plan, spans)
    }

    @Test func frontMatterGoesThroughTheYAMLFrontEndWithSpansInTheFile() {
        let (plan, spans) = read("""
            ---
            id: ⟦cx-2026-q4⟧   # the plan id
            team_size: ⟦12⟧
            period: ⟦2026-Q4⟧
            aligns_to: [⟦company-2026#retention⟧]
            ---

            # ⟦Customer Operations — Q4 2026⟧
            """)
        #expect([plan.id?.span, plan.teamSize?.span, plan.period?.span, plan.alignsTo.first?.span, plan.title?.span] == spans)
        #expect(plan.period?.value.description == "2026-Q4")
        #expect(MarkdownTestSupport.compile("---\nid: x   # note\n---\n").comments.map(\.span.start) == [SourcePosition(line: 2, column: 9)])
    }

    @Test func objectiveHeadingOwnerLinesAndProse() {
        let (plan, spans) = read("""
            ## Objective: ⟦Customers stop changing orders twice⟧ {#⟦fewer-repeat-changes⟧}

            Owner: ⟦dana⟧
            Aligns to: ⟦company-2026#retention⟧, ⟦company-2026#growth⟧

            ⟦Repeat changes drive contacts
            and refunds.

            Half of them come from one form.⟧
            """)
        let objective = plan.objectives[0]
        #expect([objective.title?.span, objective.id?.span, objective.owner?.span] + objective.alignsTo.map(\.span) + [objective.why?.span] == spans)
        #expect(objective.why?.value == "Repeat changes drive contacts\nand refunds.\n\nHalf of them come from one form.")
        #expect(objective.span.start == SourcePosition(line: 1, column: 4))
    }

    @Test func keyResultsWithNestedFields() {
        let (plan, spans) = read("""
            ## Objective: Customers stop changing orders twice

            - KR: ⟦Cut repeat order changes from 120 to 90 a month⟧ {#⟦repeat-changes⟧}
              - baseline: ⟦120⟧
              - target: ⟦90⟧
              - tags: ⟦customer⟧
              - checkins: ⟦2026-10-07⟧ ⟦118⟧; ⟦2026-10-14⟧ ⟦110⟧ (note: ⟦new policy live⟧)
              - path: ⟦2026-11-15⟧: ⟦105⟧
            """)
        let kr = plan.objectives[0].keyResults[0]
        let checkins = kr.checkins.flatMap { [$0.date?.span, $0.value?.span] } + [kr.checkins[1].note?.span]
        #expect([kr.title?.span, kr.id?.span, kr.baseline?.span, kr.target?.span, kr.tags.first?.span] + checkins
                + [kr.path[0].date?.span, kr.path[0].value?.span] == spans)
        #expect(kr.tags.map(\.value) == ["customer"], "one value is a one-item list")
        #expect(kr.span == SourceSpan(start: SourcePosition(line: 3, column: 3), end: SourcePosition(line: 8, column: 26)))
    }

    @Test func seriesEntriesAsNestedItemsWithTheirOwnFields() {
        let (plan, spans) = read("""
            ## Objective: Faster refunds

            - KR: Cut refund time from 9 to 3 days
              - checkins:
                - ⟦2026-10-12⟧ ⟦7 days⟧
                  - confidence: ⟦medium⟧
                - 2026-10-26: ⟦5 days⟧ (note: ⟦new form live; more (soon)⟧)
            """)
        let checkins = plan.objectives[0].keyResults[0].checkins
        #expect([checkins[0].date?.span, checkins[0].value?.span, checkins[0].confidence?.span, checkins[1].value?.span, checkins[1].note?.span] == spans)
    }

    @Test func kpiSection() {
        let (plan, spans) = read("""
            ## KPIs

            - ⟦Average handling time⟧ {#⟦aht⟧}
              - healthy: ⟦4..6 minutes⟧
              - trigger: ⟦> 7 for 2 readings⟧
              - owner: ⟦lee⟧
              - readings: 2026-10-07 5.2; 2026-10-14 ⟦7.4⟧
            """)
        let kpi = plan.kpis[0]
        #expect([kpi.title?.span, kpi.id?.span, kpi.healthy?.span, kpi.trigger?.span, kpi.owner?.span, kpi.readings.last?.value?.span] == spans)
        #expect(kpi.healthy?.value.max?.value == 6)
    }

    @Test func milestoneTaskListWithMoves() {
        let (plan, spans) = read("""
            ## Milestones

            - ⟦[x]⟧ ⟦2026-10-15⟧ ⟦New change policy published⟧ @⟦sam⟧
            - [ ] 2026-10-31 CRM workflow updated @sam (serves: ⟦fewer-repeat-changes⟧, ⟦aht⟧) {#⟦crm⟧}
              - moved: ⟦2026-10-20⟧ -> ⟦2026-10-31⟧, ⟦vendor delay⟧, ⟦first ten cases slip a week, maybe two⟧
            """)
        let done = plan.milestones[0]
        let open = plan.milestones[1]
        let move = open.moved[0]
        #expect([done.status?.span, done.due?.span, done.title?.span, done.owner?.span] + open.serves.map(\.span)
                + [open.id?.span, move.from?.span, move.to?.span, move.reason?.span, move.impact?.span] == spans)
        #expect(done.isDone && !open.isDone && open.status == nil)
        #expect(open.title?.value == "CRM workflow updated")
    }

    @Test func weeklyGoalsTakeTheWeekOfTheirHeading() {
        let (plan, spans) = read("""
            ## Weekly goals — ⟦2026-W42⟧

            - ⟦By 2026-10-16, lee will deliver fewer old tickets, evidenced by the ticket-age dashboard.⟧ (serves: ⟦aht⟧)
            - Deliver: ⟦first ten cases routed through the new path⟧ @⟦sam⟧
              - by: 2026-10-16
            """)
        let (sentence, structured) = (plan.weekly[0], plan.weekly[1])
        #expect([sentence.week?.span, sentence.goal?.span, sentence.serves.first?.span, structured.deliver?.span, structured.owner?.span] == spans)
        #expect(structured.week?.value.description == "2026-W42")
        #expect(sentence.ownerName == "lee", "the name after 'By DATE,'")
        #expect(structured.ownerName == "sam", "the @name")
        #expect(structured.goal == nil)
    }

    @Test func decisions() {
        let (plan, spans) = read("""
            ## Decisions

            - ⟦2026-10-09⟧ ⟦Route all repeat changes to one queue⟧ @⟦dana⟧
            """)
        let decision = plan.decisions[0]
        #expect([decision.date?.span, decision.title?.span, decision.owner?.span] == spans)
    }

    @Test(arguments: ["-", "*", "+", "1.", "2)"])
    func everyListMarker(_ marker: String) {
        let pad = String(repeating: " ", count: marker.count + 1)
        let (plan, spans) = read("## KPIs\n\n\(marker) ⟦Backlog⟧\n\(pad)\(marker) owner: ⟦lee⟧\n")
        #expect([plan.kpis.first?.title?.span, plan.kpis.first?.owner?.span] == spans)
    }

    @Test(arguments: ["  ", "    ", "\t"])
    func nestedItemsIndentedWithSpacesOrTabs(_ indent: String) {
        let (plan, spans) = read("""
            ## Milestones

            - 2026-10-31 CRM workflow updated
            \(indent)- owner: ⟦sam⟧
            \(indent)- moved:
            \(indent)\(indent)- from: ⟦2026-10-20⟧
            \(indent)\(indent)- to: ⟦2026-10-31⟧
            """)
        let milestone = plan.milestones[0]
        #expect([milestone.owner?.span, milestone.moved.first?.from?.span, milestone.moved.first?.to?.span] == spans)
    }

    @Test func crlfLineEndingsGiveTheSameSpans() {
        let text = "---\r\nid: ⟦team⟧\r\n---\r\n\r\n## KPIs\r\n\r\n- ⟦Backlog⟧\r\n  - owner: ⟦lee⟧\r\n"
        let (plan, spans) = read(text)
        #expect([plan.id?.span, plan.kpis.first?.title?.span, plan.kpis.first?.owner?.span] == spans)
        #expect(spans[1].start.line == 7)
    }

    @Test func codeBlocksAreIgnored() {
        let (plan, spans) = read("""
            ## KPIs

            ```markdown
            - KR: not a key result
            ```

            ~~~~
            - Not a KPI either
            ~~~~

                - indented code, not a KPI

            - ⟦Backlog⟧
            """)
        #expect(plan.kpis.map(\.title?.span) == spans)
    }

    @Test func htmlCommentsAreCutOutOfTheText() {
        let (plan, spans) = read("""
            ## KPIs

            - ⟦Backlog⟧ <!-- the old name was "queue" --> {#⟦backlog⟧}
              <!-- a comment
                   over two lines -->
              - owner: ⟦lee⟧ <!-- since October -->
            """)
        let kpi = plan.kpis[0]
        #expect([kpi.title?.span, kpi.id?.span, kpi.owner?.span] == spans)
        #expect(kpi.title?.value == "Backlog")
    }

    @Test func inlineMarkupStaysTextWithItsSpan() {
        let (plan, spans) = read("""
            ## Milestones

            - ⟦**Policy** published on [the wiki](https://wiki.example.com/@cx) with `{#draft}` and a@b.example⟧ @⟦sam⟧
            """)
        let milestone = plan.milestones[0]
        #expect([milestone.title?.span, milestone.owner?.span] == spans)
        #expect(milestone.title?.value == "**Policy** published on [the wiki](https://wiki.example.com/@cx) with `{#draft}` and a@b.example")
        #expect(milestone.id == nil)
    }

    @Test func headingsWithClosingHashes() {
        let (plan, spans) = read("""
            ## Objective: ⟦Customers stop changing orders twice⟧ {#⟦fewer⟧} ##

            ## KPIs ###
            - ⟦Backlog⟧
            """)
        #expect([plan.objectives.first?.title?.span, plan.objectives.first?.id?.span, plan.kpis.first?.title?.span] == spans)
    }

    @Test func blankLinesBetweenItemsAndFields() {
        let (plan, spans) = read("""
            ## KPIs

            - ⟦Backlog⟧

              - owner: ⟦lee⟧

            - ⟦Refund time⟧
            """)
        #expect(plan.kpis.map(\.title?.span) + [plan.kpis[0].owner?.span] == [spans[0], spans[2], spans[1]])
    }

    @Test func itemTextContinuesOnTheNextLine() {
        let (plan, spans) = read("""
            ## Objective: Faster refunds

            - KR: ⟦Cut refunds paid to the wrong account
              from 14 to 2 a month⟧ {#⟦wrong-account⟧}
            """)
        let kr = plan.objectives[0].keyResults[0]
        #expect([kr.title?.span, kr.id?.span] == spans)
        #expect(kr.title?.value == "Cut refunds paid to the wrong account from 14 to 2 a month")
    }

    @Test func unknownSectionsAreWarnedAndLeftOut() {
        let source = MarkedSource("""
            ## ⟦Milestons⟧

            - 2026-10-31 Not read

            ## KPIs

            - ⟦Backlog⟧
            """)
        let file = MarkdownTestSupport.compile(source.text)
        #expect(file.diagnostics.map(\.rule) == ["schema/unknown-key"])
        #expect(file.diagnostics.map(\.span) == [source.spans[0]])
        #expect(file.diagnostics.first?.message.contains("did you mean 'Milestones'?") == true)
        #expect(file.plan?.milestones.isEmpty == true)
        #expect(file.plan?.kpis.map(\.title?.span) == [source.spans[1]])
    }

    @Test func sectionsNamedInTheSingularAreTheSameSections() {
        let source = MarkedSource("""
            ## KPI

            - ⟦Backlog⟧

            ## Milestone

            - 2026-10-31 ⟦CRM workflow updated⟧ @sam

            ## Weekly goal — 2026-W44

            - Deliver: ⟦CRM workflow tested⟧ @sam

            ## Decision

            - 2026-10-09 ⟦Route all repeat changes to one queue⟧ @dana
            """)
        let file = MarkdownTestSupport.compile(source.text)
        #expect(file.diagnostics.filter { $0.rule.hasPrefix("syntax/") || $0.rule.hasPrefix("schema/") }.isEmpty, "\(file.diagnostics)")
        let plan = file.plan ?? Plan(span: .fileStart)
        #expect(plan.kpis.map(\.title?.span) == [source.spans[0]])
        #expect(plan.milestones.map(\.title?.span) == [source.spans[1]])
        #expect(plan.weekly.map(\.deliver?.span) == [source.spans[2]])
        #expect(plan.weekly.map(\.week?.value.description) == ["2026-W44"])
        #expect(plan.decisions.map(\.title?.span) == [source.spans[3]])
    }

    @Test func aByteOrderMarkIsAccepted() {
        let (plan, _) = read("\u{FEFF}# Title\n")
        #expect(plan.title?.span == SourceSpan(start: SourcePosition(line: 1, column: 3), end: SourcePosition(line: 1, column: 8)))
    }
}
