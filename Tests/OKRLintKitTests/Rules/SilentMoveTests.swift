import OKRLintKit
import Testing

/// `milestone/silent-move` beyond its documented examples: the message, and
/// the cases where the base gives nothing trustworthy to compare with.
@Suite struct SilentMoveTests {
    private let selection = try! RuleSelection(select: ["milestone/silent-move"])

    private func plan(due: String, moved: String = "", title: String = "Old office file server switched off and wiped") -> String {
        """
        id: it-team
        milestones:
          - milestone: \(title)
            due: \(due)
        \(moved)
        """
    }

    private func lint(_ text: String, base: String?) -> [Finding] {
        TestWorkspace.lint(text, base: base, selection: selection)
    }

    @Test func messageNamesBothDatesTheRevisionAndTheFix() throws {
        let finding = try #require(lint(plan(due: "2026-11-27"), base: plan(due: "2026-11-13")).first)
        #expect(finding.span.start == SourcePosition(line: 4, column: 10))
        #expect(finding.message == "milestone 'Old office file server switched off and wiped' is due 2026-11-27 but was due 2026-11-13 at the base, and no `moved` entry records the change; move it in public: add `moved: [{from: 2026-11-13, to: 2026-11-27, reason: …, impact: …}]`")
    }

    @Test func titlesMatchIgnoringCaseAndSpaces() {
        let renamed = plan(due: "2026-11-27", title: "old office  FILE server switched off and wiped")
        #expect(lint(renamed, base: plan(due: "2026-11-13")).count == 1)
    }

    @Test func aMoveRecordedTheWrongWayRoundIsNotTheChange() {
        let moved = "    moved:\n      - {from: 2026-11-27, to: 2026-11-13, reason: r, impact: i}"
        #expect(lint(plan(due: "2026-11-27", moved: moved), base: plan(due: "2026-11-13")).count == 1)
    }

    @Test func silentWithoutABaseOrWithNothingToCompare() {
        let moved = plan(due: "2026-11-27")
        #expect(lint(moved, base: nil).isEmpty, "no base revision")
        #expect(lint(moved, base: "id: it-team\nmilestones: [\n").isEmpty, "the base does not parse")
        #expect(lint(moved, base: plan(due: "not a date")).isEmpty, "the old date was malformed")
        let twice = plan(due: "2026-11-13") + "  - milestone: Old office file server switched off and wiped\n    due: 2026-11-20\n"
        #expect(lint(moved, base: twice).isEmpty, "two base milestones share the title")
    }

    @Test func silentWhenARecordedMoveIsMalformed() {
        let malformed = "    moved:\n      - {from: 2026-11-13, to: soon, reason: r, impact: i}"
        #expect(lint(plan(due: "2026-11-27", moved: malformed), base: plan(due: "2026-11-13")).isEmpty)
    }
}
