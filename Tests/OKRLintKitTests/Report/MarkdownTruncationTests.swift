@testable import OKRLintKit
import Testing

/// `--max-chars`: the Markdown report keeps whole plans while they fit and
/// says which plans it left out, never passing the limit.
@Suite struct MarkdownTruncationTests {
    @Test func leavesOutWholePlansAndSaysWhich() throws {
        let document = try ReportFixture.document(["Samples"])
        let full = MarkdownReportRenderer.render(document)
        #expect(full.utf16.count < MarkdownReportRenderer.defaultMaxChars && !full.contains("Truncated"))
        let cut = MarkdownReportRenderer.render(document, maxChars: 6000)
        #expect(cut.utf16.count <= 6000)
        #expect(cut.contains("> **Truncated** to fit 6000 characters: left out"))
        let names = document.items("plans").map(MarkdownReportSections.name)
        let kept = names.filter { cut.contains("### " + MarkdownText.escape($0)) }
        #expect(!kept.isEmpty && kept.count < names.count)
        #expect(kept == Array(names.prefix(kept.count)), "plans are kept in order")
        #expect(cut.contains("left out \(names.count - kept.count) plans (\(names[kept.count])"))
    }

    @Test func aTinyLimitStillHoldsTheLimit() throws {
        let cut = MarkdownReportRenderer.render(try ReportFixture.document(["Samples"]), maxChars: 200)
        #expect(cut.utf16.count <= 200)
    }

    @Test func everyStatusComesWithWords() throws {
        let markdown = MarkdownReportRenderer.render(try ReportFixture.document(["Samples"]))
        for emoji in ["🟢", "🟡", "🔴", "⚪"] {
            let lines = markdown.split(separator: "\n").filter { $0.contains(emoji) }
            #expect(lines.allSatisfy { $0.contains(emoji + " ") && !$0.contains(emoji + " |") }, "\(emoji) without words")
        }
    }
}
