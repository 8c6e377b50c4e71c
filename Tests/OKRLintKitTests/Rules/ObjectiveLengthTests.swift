import Testing
@testable import OKRLintKit

/// `objective/not-one-line` counts lines and words the same way for ASCII
/// text (byte by byte) and for any other text (by characters).
@Suite struct ObjectiveLengthTests {
    @Test(arguments: [
        ("Customers stop changing their orders twice", 1, 6),
        ("Ship it\nthen measure", 2, 4),
        ("abc\n  \ndef", 3, 2),
        ("abc\r\ndef", 2, 2),
        ("  Grow - fast -- 2x  ", 1, 3),
        ("", 0, 0),
        ("Kunden ändern Bestellungen\nnicht zweimal", 2, 5),
        ("Customers 🚀 - stop\u{2028}churning", 2, 3),
    ])
    func countsLinesAndWords(_ text: String, _ lines: Int, _ words: Int) {
        let counts = ObjectiveNotOneLine.lineAndWordCounts(text)
        #expect(counts.lines == lines)
        #expect(counts.words == words)
    }
}
