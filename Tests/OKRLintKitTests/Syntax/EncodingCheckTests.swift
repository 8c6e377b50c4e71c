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
