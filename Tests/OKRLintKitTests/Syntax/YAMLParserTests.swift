@testable import OKRLintKit
import Testing

/// The YAML front end: spans of nodes, comments, and located problems.
@Suite struct YAMLParserTests {
    private func parse(_ text: String) -> YAMLDocument {
        YAMLParser.parse(SourceFile(path: "t.yaml", text: text))
    }

    private func span(_ startLine: Int, _ startColumn: Int, _ endLine: Int, _ endColumn: Int) -> SourceSpan {
        SourceSpan(start: SourcePosition(line: startLine, column: startColumn), end: SourcePosition(line: endLine, column: endColumn))
    }

    private func pairs(_ node: YAMLNode?) -> [YAMLPair] {
        guard case .mapping(let pairs)? = node?.content else { return [] }
        return pairs
    }

    @Test func scalarsKeysAndCollectionsKeepStartAndEnd() {
        let document = parse("id: team\ntitle: \"Q4 — plan\"\ntags: [a, b]\nitems:\n  - kr: Grow\n    owner: sam\n")
        let root = pairs(document.root)
        #expect(root.map { $0.key.span } == [span(1, 1, 1, 3), span(2, 1, 2, 6), span(3, 1, 3, 5), span(4, 1, 4, 6)])
        #expect(root[0].value.span == span(1, 5, 1, 9))
        #expect(root[1].value.span == span(2, 8, 2, 19), "quoted scalars include their quotes; columns count scalars")
        #expect(root[1].value.scalar == "Q4 — plan")
        #expect(root[2].value.span == span(3, 7, 3, 13), "flow sequences end after ]")
        #expect(root[3].value.span == span(5, 3, 6, 15), "block sequences run from the first '-' to the end of the last value")
        guard case .sequence(let items) = root[3].value.content else { Issue.record("not a list"); return }
        #expect(items[0].span == span(5, 5, 6, 15), "an item's span starts at its first key")
        #expect(document.diagnostics.isEmpty)
    }

    @Test func blockScalarsEndAtTheirLastCharacter() {
        let document = parse("why: |\n  line one\n  line two\n\nnext: 1\n")
        let why = pairs(document.root)[0].value
        #expect(why.span == span(1, 6, 3, 11))
        guard case .scalar(let text, let style) = why.content else { Issue.record("not a scalar"); return }
        #expect(text == "line one\nline two\n")
        #expect(style == .literal)
    }

    @Test func stylesAndTagsAreKept() {
        let root = pairs(parse("a: plain\nb: 'single'\nc: \"double\"\nd: >\n  folded\ne: !!str 12\n").root)
        let styles: [ScalarStyle?] = root.map {
            if case .scalar(_, let style) = $0.value.content { return style }
            return nil
        }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .folded, .plain])
        #expect(root[4].value.tag == "tag:yaml.org,2002:str")
    }

    @Test func commentsAreFoundOutsideScalarsOnly() {
        let document = parse("id: x # first\ntitle: \"a # b\"  # second\nwhy: |\n  keep # this\n# last\nurl: http://x.y/#frag\n")
        #expect(document.comments.map(\.text) == [" first", " second", " last"])
        #expect(document.comments.map(\.span) == [span(1, 7, 1, 14), span(2, 17, 2, 25), span(5, 1, 5, 7)])
    }

    @Test func crlfAndByteOrderMarkAreAccepted() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id: team\r\ntitle: Q4\r\n".utf8)
        let document = YAMLParser.parse(SourceFile(path: "t.yaml", bytes: bytes))
        let root = pairs(document.root)
        #expect(document.diagnostics.isEmpty)
        #expect(root[0].key.span == span(1, 1, 1, 3), "the BOM takes no column")
        #expect(root[1].value.span == span(2, 8, 2, 10))
    }

    @Test func duplicateKeysAreReportedAtTheSecondNamingTheFirst() {
        let document = parse("id: x\nowner: a\nlist:\n  - k: 1\n    k: 2\nowner: b\n")
        #expect(document.diagnostics.map(\.rule) == ["schema/duplicate-key", "schema/duplicate-key"])
        #expect(document.diagnostics.map(\.span) == [span(5, 5, 5, 6), span(6, 1, 6, 6)])
        #expect(document.diagnostics[1].message.contains("line 2"))
        #expect(pairs(document.root).compactMap { $0.value.scalar }.contains("a"), "the first value is kept")
    }

    @Test func duplicatesAreFoundInLargeMappingsToo() {
        let keys = (0..<40).map { "k\($0): v" } + ["k3: again"]
        let document = parse(keys.joined(separator: "\n") + "\n")
        #expect(document.diagnostics.map(\.span) == [span(41, 1, 41, 3)])
        #expect(document.diagnostics.first?.message.contains("line 4") == true)
    }

    @Test(arguments: [
        ("id: x\nobjectives:\n\t- a\n", "syntax/yaml", (3, 1, 3, 2), "tab"),
        ("id: \"abc\ntitle: x\n", "syntax/yaml", (3, 1, 3, 1), "never closed"),
        ("a: b: c\n", "syntax/yaml", (1, 5, 1, 6), "quote"),
        ("a: 1\n---\nb: 2\n", "syntax/yaml", (2, 1, 2, 4), "one YAML document"),
        ("x: *nope\n", "syntax/yaml", (1, 4, 1, 9), "no anchor"),
        ("a: \u{7}\n", "syntax/yaml", (1, 4, 1, 5), "U+0007"),
        ("objectives:\n  - objective: x\n key: y\n", "syntax/yaml", (3, 2, 3, 3), "indentation"),
    ] as [(String, String, (Int, Int, Int, Int), String)])
    func malformedYAMLIsLocated(_ text: String, _ rule: String, _ where: (Int, Int, Int, Int), _ words: String) {
        let document = parse(text)
        #expect(document.root == nil)
        #expect(document.diagnostics.map(\.rule) == [rule])
        #expect(document.diagnostics.first?.span == span(`where`.0, `where`.1, `where`.2, `where`.3))
        #expect(document.diagnostics.first?.message.contains(words) == true, "\(document.diagnostics)")
    }

    @Test func aliasBombStopsAtTheLimit() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
        }
        let document = parse(lines.joined(separator: "\n") + "\n")
        #expect(document.root == nil)
        #expect(document.diagnostics.map(\.rule) == ["syntax/limits"])
        // 110 + 1110 expanded by the first levels; the 8th alias of a3 (1111 nodes each) passes 10 000.
        #expect(document.diagnostics.first?.span == span(4, 45, 4, 48))
    }

    @Test func deepNestingStopsAtTheLimit() {
        let document = parse(String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000))
        #expect(document.diagnostics.map(\.rule) == ["syntax/limits"])
        #expect(document.diagnostics.first?.span == .point(SourcePosition(line: 1, column: 1001)))
    }

    @Test func emptyFileHasNoRoot() {
        let document = parse("")
        #expect(document.root == nil)
        #expect(document.diagnostics.isEmpty)
    }
}
