import OKRLintKit
import Testing

/// Files that are not UTF-8 text are stopped at the first offending byte.
@Suite struct EncodingCheckTests {
    private func problem(_ bytes: [UInt8]) -> Diagnostic? {
        EncodingCheck.firstProblem(in: SourceFile(path: "t.yaml", bytes: bytes))
    }

    private func at(_ line: Int, _ column: Int) -> SourceSpan {
        SourceSpan(start: SourcePosition(line: line, column: column), end: SourcePosition(line: line, column: column + 1))
    }

    @Test func invalidUTF8IsLocatedAtTheFirstBadByte() {
        let result = problem(Array("id: x\ntitle: é".utf8) + [0xFF, 0x41])
        #expect(result?.rule == "syntax/encoding")
        #expect(result?.span == at(2, 9), "columns count the é as one scalar")
        #expect(result?.message.contains("0xFF") == true)
    }

    /// The check skips ASCII eight bytes at a time: a bad byte is found at
    /// every offset of a word, and after any run of good text.
    @Test(arguments: 0..<20)
    func badByteIsFoundAtEveryOffset(_ offset: Int) {
        let text = Array(String(repeating: "a", count: offset).utf8)
        #expect(problem(text + [0x00] + Array("tail text".utf8))?.span == at(1, offset + 1))
        #expect(problem(text + [0xC3] + Array("tail text".utf8))?.span == at(1, offset + 1))
        #expect(problem(text + Array("é and more text".utf8)) == nil)
    }

    /// Lines are found the same way: a line break at any offset of a word.
    @Test(arguments: 0..<12)
    func lineBreaksAreFoundAtEveryOffset(_ offset: Int) {
        let head = String(repeating: "b", count: offset)
        for lineBreak in ["\n", "\r", "\r\n"] {
            let file = SourceFile(path: "t.yaml", bytes: Array((head + lineBreak + "second line, longer than a word").utf8))
            #expect(file.lineCount == 2)
            #expect(file.text(ofLine: 1) == head)
            #expect(file.text(ofLine: 2) == "second line, longer than a word")
        }
    }

    @Test func nulBytesMarkABinaryFile() {
        let result = problem(Array("id: x\n".utf8) + [0x00, 0x01, 0x02])
        #expect(result?.span == at(2, 1))
        #expect(result?.message.contains("binary") == true)
    }

    @Test(arguments: [[0xFF, 0xFE, 0x69, 0x00], [0xFE, 0xFF, 0x00, 0x69], [0xFF, 0xFE, 0x00, 0x00, 0x69, 0, 0, 0]] as [[UInt8]])
    func utf16And32ByteOrderMarksAreRefused(_ bytes: [UInt8]) {
        let result = problem(bytes)
        #expect(result?.span == .point(.fileStart))
        #expect(result?.message.contains("UTF-") == true)
    }

    @Test func overlongAndSurrogateSequencesAreInvalid() {
        #expect(problem([0x61, 0xC0, 0xAF])?.span == at(1, 2))
        #expect(problem([0x61, 0xED, 0xA0, 0x80])?.span == at(1, 2))
        #expect(problem([0x61, 0xE2, 0x82])?.span == at(1, 2), "a sequence cut short by the end of the file")
    }

    @Test func validUTF8WithBOMPasses() {
        #expect(problem([0xEF, 0xBB, 0xBF] + Array("id: Ünïcödé 🎯\n".utf8)) == nil)
    }
}
