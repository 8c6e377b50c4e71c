import OKRLintKit
import Testing

/// Columns count Unicode scalars inside okrlint and UTF-16 code units in
/// SARIF and GitHub annotations: only scalars outside the BMP differ.
@Suite struct UTF16ColumnTests {
    private let source = SourceFile(path: "x", text: "a: 🚀 李 x\n\u{FEFF}b: ok\n")

    @Test func scalarsOutsideTheBMPCountTwice() {
        #expect(source.utf16Column(of: SourcePosition(line: 1, column: 4)) == 4, "before the emoji")
        #expect(source.utf16Column(of: SourcePosition(line: 1, column: 5)) == 6, "after the emoji")
        #expect(source.utf16Column(of: SourcePosition(line: 1, column: 7)) == 8, "CJK counts one")
        #expect(source.utf16Column(of: SourcePosition(line: 2, column: 4)) == 4)
    }

    @Test func columnsPastTheLineOrOutsideTheFileCountOneEach() {
        #expect(source.utf16Column(of: SourcePosition(line: 1, column: 9)) == 10, "end of line, exclusive")
        #expect(source.utf16Column(of: SourcePosition(line: 1, column: 12)) == 13)
        #expect(source.utf16Column(of: SourcePosition(line: 9, column: 3)) == 3)
    }

    @Test func spansConvertBothEnds() {
        let span = SourceSpan(start: SourcePosition(line: 1, column: 4), end: SourcePosition(line: 2, column: 2))
        #expect(source.utf16Span(of: span) == SourceSpan(start: SourcePosition(line: 1, column: 4), end: SourcePosition(line: 2, column: 2)))
        let emoji = SourceSpan(start: SourcePosition(line: 1, column: 4), end: SourcePosition(line: 1, column: 5))
        #expect(source.utf16Span(of: emoji).end.column == 6)
    }
}
