import Foundation
@testable import OKRLintKit
import Testing

/// No input crashes the Markdown front end, the linter or the converter:
/// every Markdown sample, mutated many times in ways that break structure
/// (lines cut, moved, duplicated, re-indented; markers, fences, comment
/// openers, tabs and odd characters inserted), goes through every stage.
@Suite struct MarkdownFuzzTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments = [
        "- ", "* ", "1. ", "  ", "\t", "    ", "## ", "# ", "---", "```", "~~~", "<!--", "-->", "[x] ", "KR: ",
        "{#", "}", "@", "(serves: ", ")", ": ", ";", ",", "->", "\r\n", "\n", "\r", "Objective: ", "Weekly goals — ",
        "2026-13-01 ", "é", "👍🏽", "\u{200B}", "|", ">", "\\", "`",
    ]

    static let samples = RepositoryPaths.markdownSampleFiles()

    @Test(arguments: samples)
    func mutatedSamplesNeverCrash(_ url: URL) throws {
        let original = Array(try String(contentsOf: url, encoding: .utf8).unicodeScalars)
        var generator = Generator(state: UInt64(url.lastPathComponent.unicodeScalars.reduce(7) { $0 &* 31 &+ Int($1.value) }.magnitude))
        for _ in 0..<40 {
            var text = original
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                mutate(&text, using: &generator)
            }
            let source = SourceFile(path: "fuzz.okr.md", text: String(String.UnicodeScalarView(text)))
            let file = FileCompiler.compile(source, fallbackPlanID: "fuzz")
            _ = Linter.findings(for: file, workspace: WorkspaceIndex(), options: LintOptions(asOf: try CalendarDate.parse("2026-11-01").get()))
            for diagnostic in file.diagnostics {
                #expect(diagnostic.span.start.line >= 1 && diagnostic.span.start.line <= source.lineCount + 1)
            }
            if let output = try? GoalFileConverter.convert(source, to: .yaml) {
                _ = try? GoalFileConverter.convert(SourceFile(path: "fuzz.okr.yaml", text: output.text), to: .markdown)
            }
        }
    }

    @Test func deepNestingAndLongLinesStayCheap() {
        let deep = "## KPIs\n\n" + (0..<1000).map { String(repeating: "  ", count: $0) + "- x: y" }.joined(separator: "\n")
        let file = MarkdownTestSupport.compile(deep)
        #expect(file.diagnostics.contains { $0.rule == "syntax/markdown" })
        let long = "## KPIs\n\n- " + String(repeating: "(serves: a) {#b} @c ", count: 5000) + "\n"
        #expect(MarkdownTestSupport.compile(long).plan?.kpis.count == 1)
        let comments = String(repeating: "<!-- ", count: 5000) + "\n# Title\n"
        #expect(MarkdownTestSupport.compile(comments).plan == nil)
    }

    private func mutate(_ text: inout [Unicode.Scalar], using generator: inout Generator) {
        guard !text.isEmpty else {
            text = Array(Self.fragments.randomElement(using: &generator)!.unicodeScalars)
            return
        }
        let at = Int.random(in: 0..<text.count, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0:
            text.insert(contentsOf: Self.fragments.randomElement(using: &generator)!.unicodeScalars, at: at)
        case 1:
            text.removeSubrange(at..<min(text.count, at + Int.random(in: 1...40, using: &generator)))
        case 2:
            let end = min(text.count, at + Int.random(in: 1...80, using: &generator))
            let piece = Array(text[at..<end])
            text.insert(contentsOf: piece, at: Int.random(in: 0...text.count, using: &generator))
        case 3:
            text.replaceSubrange(at..<(at + 1), with: [Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator))])
        default:
            text = Array(text[..<at])
        }
    }
}
