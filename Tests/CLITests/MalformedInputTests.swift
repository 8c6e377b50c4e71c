import Foundation
import Testing

/// Malformed inputs through the real binary: each gives the located finding
/// SPEC §2 names and exit 1, never a crash or a hang.
@Suite struct MalformedInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let bytes: [UInt8]
        let rule: String
        let line: Int
        let column: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "truncated file", bytes: Array("id: team\nobjectives:\n  - objective: \"Grow\n".utf8), rule: "syntax/yaml", line: 4, column: 1),
        Case(name: "tab indentation", bytes: Array("id: team\nobjectives:\n\t- objective: Grow\n".utf8), rule: "syntax/yaml", line: 3, column: 1),
        Case(name: "unterminated quote", bytes: Array("id: 'team\ntitle: x\n".utf8), rule: "syntax/yaml", line: 3, column: 1),
        Case(name: "duplicate keys", bytes: Array("id: team\nperiod: 2026-Q4\nreview_by: 2099-12-31\ntitle: A\ntitle: B\n".utf8), rule: "schema/duplicate-key", line: 5, column: 1),
        Case(name: "alias bomb", bytes: aliasBomb(), rule: "syntax/limits", line: 4, column: 45),
        Case(name: "depth 10 000", bytes: Array((String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)).utf8), rule: "syntax/limits", line: 1, column: 1001),
        Case(name: "invalid UTF-8", bytes: Array("id: team\ntitle: caf".utf8) + [0xE9, 0x0A], rule: "syntax/encoding", line: 2, column: 11),
        Case(name: "UTF-16 file", bytes: [0xFF, 0xFE] + Array("id: team\n".utf8).flatMap { [$0, 0] }, rule: "syntax/encoding", line: 1, column: 1),
        Case(name: "empty file", bytes: [], rule: "schema/type", line: 1, column: 1),
        Case(name: "a JSON array", bytes: Array("[1, 2, 3]\n".utf8), rule: "schema/type", line: 1, column: 1),
        Case(name: "binary", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], rule: "syntax/encoding", line: 1, column: 8),
    ]

    static func aliasBomb() -> [UInt8] {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    @Test(arguments: cases)
    func malformedInputGivesItsLocatedFinding(_ testCase: Case) throws {
        let folder = try TemporaryFolder()
        try folder.write("input.okr.yaml", bytes: testCase.bytes)
        let started = Date()
        let result = try BinaryRunner.run(["--format", "json", "input.okr.yaml"], in: folder.url)
        #expect(Date().timeIntervalSince(started) < 10, "no hang")
        #expect(result.status == 1, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let first = try #require(findings.first)
        #expect(first["rule"] as? String == testCase.rule)
        #expect(first["start"] as? [String: Int] == ["line": testCase.line, "column": testCase.column])
        #expect(first["file"] as? String == "input.okr.yaml")
    }

    @Test func fileOverTheSizeLimitIsNotRead() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("huge.okr.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 9 * 1024 * 1024)
        try handle.close()
        let result = try BinaryRunner.run(["huge.okr.yaml"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("huge.okr.yaml:1:1: error: the file is 9 MiB, over the 8 MiB limit"))
    }
}
