@testable import OKRLintKit
import Testing

/// `--max-chars`: the Markdown report keeps whole plans while they fit and
/// says which plans it left out, never passing the limit.
@Suite struct MarkdownTruncationTests {
    @Test func leavesOutWholePlansAndSaysWhich() throws {
        let document = try ReportFixture.document(["Samples"])
        let full = try MarkdownReportRenderer.render(document)
        #expect(full.utf16.count < MarkdownReportRenderer.defaultMaxChars && !full.contains("Truncated"))
        let cut = try MarkdownReportRenderer.render(document, maxChars: 6000)
        #expect(cut.utf16.count <= 6000)
        #expect(cut.contains("> **Truncated** to fit 6000 characters: left out"))
        let names = document.items("plans").map(MarkdownReportSections.name)
        let kept = names.filter { cut.contains("### " + MarkdownText.escape($0)) }
        #expect(!kept.isEmpty && kept.count < names.count)
        #expect(kept == Array(names.prefix(kept.count)), "plans are kept in order")
        #expect(cut.contains("left out \(names.count - kept.count) plans (\(names[kept.count])"))
    }

    @Test func aLimitTooSmallForTheNoteNamesTheSmallestThatWorks() throws {
        let document = try ReportFixture.document(["Samples"])
        var message = ""
        do {
            _ = try MarkdownReportRenderer.render(document, maxChars: 200)
        } catch {
            message = error.message
        }
        let smallest = try #require(Int(message.split(separator: " ").last ?? ""), "\(message)")
        #expect(message == "--max-chars 200 cannot hold this report's header and the note saying what was left out; use at least \(smallest)")
        #expect(throws: RunError.self) { try MarkdownReportRenderer.render(document, maxChars: smallest - 1) }
        for limit in [smallest, smallest + 1, smallest + 150, 1000, 3000] {
            let cut = try MarkdownReportRenderer.render(document, maxChars: limit)
            #expect(cut.utf16.count <= limit, "limit \(limit)")
            #expect(cut.hasSuffix(" for the full report.\n"), "the note is whole at limit \(limit)")
        }
    }

    @Test func everyStatusComesWithWords() throws {
        let markdown = try MarkdownReportRenderer.render(try ReportFixture.document(["Samples"]))
        for emoji in ["🟢", "🟡", "🔴", "⚪"] {
            let lines = markdown.split(separator: "\n").filter { $0.contains(emoji) }
            #expect(lines.allSatisfy { $0.contains(emoji + " ") && !$0.contains(emoji + " |") }, "\(emoji) without words")
        }
    }
}
