@testable import OKRLintKit
import Testing

/// A line of an objective's prose that starts with a misspelt label is a
/// field the schema reports, with the closest label and a fix, and not part
/// of the rationale; prose that merely holds a colon stays prose.
@Suite struct MisspeltLabelTests {
    @Test func misspeltLabelsAreUnknownKeysNotRationale() throws {
        let source = MarkedSource("""
            ## Objective: Faster refunds

            ⟦Onwer⟧: sam
            ⟦Alings to⟧: company-2026#retention
            Refunds drive most contacts.

            - KR: Cut refund time from 5 to 2 days
            """)
        let file = MarkdownTestSupport.compile(source.text)
        let unknown = file.diagnostics.filter { $0.rule == "schema/unknown-key" }
        #expect(unknown.map(\.span) == source.spans)
        #expect(unknown.map(\.message) == [
            "unknown key 'Onwer:' in an objective; did you mean 'Owner:'?",
            "unknown key 'Alings to:' in an objective; did you mean 'Aligns to:'?",
        ])
        #expect(unknown.map { $0.fix?.replacements.map(\.text) } == [["Owner"], ["Aligns to"]])
        #expect(unknown.map { $0.fix?.applicability } == [.safe, .safe])
        #expect(file.plan?.objectives.first?.why?.value == "Refunds drive most contacts.")
    }

    @Test func theFixGivesTheFieldsTheLabelsMeant() throws {
        let text = "## Objective: Faster refunds\n\nOnwer: sam\nAlings to: company-2026#retention\n"
        let replacements = MarkdownTestSupport.compile(text).diagnostics.compactMap(\.fix).flatMap(\.replacements)
        let (bytes, applied) = try #require(SafeFixes.edited(SourceFile(path: "x.okr.md", text: text), with: replacements))
        #expect(applied == 2)
        let fixed = MarkdownTestSupport.compile(String(decoding: bytes, as: UTF8.self))
        #expect(fixed.diagnostics.filter { $0.rule.hasPrefix("schema/") }.isEmpty)
        #expect(fixed.plan?.objectives.first?.owner?.value == "sam")
        #expect(fixed.plan?.objectives.first?.alignsTo.map(\.value.raw) == ["company-2026#retention"])
    }

    @Test(arguments: [
        "Note: this matters because refunds drive most contacts.",
        "To: the whole support team",
        "Why it matters: refunds drive most contacts.",
        "Q3 result: 120 refunds a week",
        "Ownership: shared by the refunds team",
        "Background: see https://wiki.example.com/refunds",
    ])
    func proseWithAColonStaysProse(_ line: String) {
        let file = MarkdownTestSupport.compile("## Objective: Faster refunds\n\n\(line)\n")
        #expect(file.diagnostics.filter { $0.rule.hasPrefix("schema/") }.isEmpty)
        #expect(file.plan?.objectives.first?.why?.value == line)
    }

    @Test func shortLabelsAllowOneEdit() {
        #expect(MisspeltLabel.isMisspelt("Wyh", among: ["Id", "Why"]))
        #expect(!MisspeltLabel.isMisspelt("To", among: ["Id", "Why"]), "two edits from 'Id'")
        #expect(MisspeltLabel.isMisspelt("Onwr", among: ["Owner"]), "two edits from a longer label")
        #expect(!MisspeltLabel.isMisspelt("Owner", among: ["Owner"]), "the label itself is no misspelling")
    }
}
