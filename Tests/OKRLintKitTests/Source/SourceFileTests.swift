import Testing
@testable import OKRLintKit

/// Byte offsets of positions: columns count Unicode scalars, and a column
/// past the end of its line stops at the line break. Where the line is ASCII
/// up to the column, a shortcut (column − 1 bytes into the line) must agree
/// with walking the scalars.
@Suite struct SourceFileTests {
    @Test func asciiColumnsAreByteOffsetsWithinTheLine() {
        let file = SourceFile(path: "a.okr.yaml", text: "id: team\r\nobjectives: []\nlast")
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 1)) == 0)
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 5)) == 4)
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 40)) == 8)  // before "\r\n"
        #expect(file.byteOffset(of: SourcePosition(line: 2, column: 13)) == 22)  // the "["
        #expect(file.byteOffset(of: SourcePosition(line: 3, column: 5)) == 29)  // end of file
        #expect(file.byteOffset(of: SourcePosition(line: 9, column: 1)) == 29)  // no such line
    }

    @Test func otherColumnsCountScalars() {
        let file = SourceFile(path: "a.okr.yaml", text: "kr: Café ≥ 95%\nnext: 1")
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 4)) == 3)  // ASCII up to here
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 9)) == 9)  // the space after "é" (2 bytes)
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 10)) == 10)  // "≥" (3 bytes)
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 11)) == 13)
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 99)) == 17)  // before "\n"
        #expect(file.byteOffset(of: SourcePosition(line: 2, column: 7)) == 24)
    }

    @Test func aByteOrderMarkIsNotPartOfTheText() {
        let file = SourceFile(path: "a.okr.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("id: x".utf8))
        #expect(file.hadByteOrderMark)
        #expect(file.byteOffset(of: SourcePosition(line: 1, column: 5)) == 4)
        #expect(file.text(in: SourceSpan(start: SourcePosition(line: 1, column: 5), end: SourcePosition(line: 1, column: 6))) == "x")
    }
}
