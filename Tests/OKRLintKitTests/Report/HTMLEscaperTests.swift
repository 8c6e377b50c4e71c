@testable import OKRLintKit
import Testing

/// The report's HTML escaping matches Mustache's own: the five characters, nothing else.
@Suite struct HTMLEscaperTests {
    @Test func escapesTheFiveCharactersOnly() {
        let escaper = HTMLEscaper()
        #expect(escaper.escapeText(#"<a href="x">Tom & Jerry's</a> — café"#)
            == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; — café")
        #expect(escaper.escapeText("plain text, ünïcode ✓") == "plain text, ünïcode ✓")
    }
}
