@testable import OKRLintKit
import Testing

/// The `markdown` output for pull-request comments, compared with a reviewed
/// golden file, and the escaping that keeps goal text from turning into markup.
@Suite struct MarkdownLintEmitterTests {
    @Test func fixtureMatchesTheGoldenFile() throws {
        try Golden.expect(MarkdownLintEmitter.render(EmitterFixture.report()), matches: "fixture.md")
    }

    @Test func withoutDocsURLRulesAreNotLinked() {
        let markdown = MarkdownLintEmitter.render(EmitterFixture.report(docsURL: nil))
        #expect(markdown.contains("| 11:30 | error | `kpi/missing-range` |"))
        #expect(!markdown.contains("](http"))
    }

    @Test func aCleanRunIsTheSummaryAlone() {
        #expect(MarkdownLintEmitter.render(EmitterFixture.report().replacingFindings([])) == "### okrlint: No problems found in 2 files\n")
    }

    @Test func goalTextCannotBecomeMarkup() {
        #expect(MarkdownEscaping.inline("a | b\nc") == "a \\| b c")
        #expect(MarkdownEscaping.inline("![x](http://t/p.png) <img> *b* _i_ ~s~ $m$ &amp;")
            == "\\!\\[x\\](http://t/p.png) \\<img\\> \\*b\\* \\_i\\_ \\~s\\~ \\$m\\$ \\&amp;")
        #expect(MarkdownEscaping.inline("ask @lee") == "ask @\u{2060}lee", "a word joiner keeps @lee from being notified")
    }

    @Test func pairedBackticksStayCodeSpans() {
        #expect(MarkdownEscaping.inline("use `a|b` or *c*") == "use `a\\|b` or \\*c\\*")
        #expect(MarkdownEscaping.inline("one ` tick") == "one \\` tick")
    }
}
