import Testing
@testable import OKRLintKit

/// The rule documentation shows examples readably without changing what their tests run.
@Suite struct ExampleDisplayTests {
    @Test func controlCharactersShowAsTheirPictures() {
        #expect(ExampleDisplay.shown("title: Q4⟦\u{0}⟧\n⟦\t⟧- a\u{7F}\r\n") == "title: Q4⟦␀⟧\n⟦␉⟧- a␡\r\n")
    }

    @Test func otherInvisibleCharactersShowTheirCodePoint() {
        #expect(ExampleDisplay.shown("\u{FEFF}id: team\u{85}") == "<U+FEFF>id: team<U+0085>")
    }

    @Test func printableTextIsUnchanged() {
        let text = "id: team\ntitle: Q4 — Kundenzufriedenheit 出荷 🚀\n- [ ] ----------\n"
        #expect(ExampleDisplay.shown(text) == text)
    }

    @Test func longRunsKeepTheirEndsAndCountTheRest() {
        #expect(ExampleDisplay.shown("a: " + String(repeating: "[", count: 13) + "1") == "a: [[[[…(5 more [)…[[[[1")
        #expect(ExampleDisplay.shown(String(repeating: "\u{0}", count: 20)) == "␀␀␀␀…(12 more ␀)…␀␀␀␀")
    }

    @Test func theDocsShowTheNulAndDepthExamplesAsText() throws {
        let encoding = try #require(RuleRegistry.descriptions["syntax/encoding"])
        let limits = try #require(RuleRegistry.descriptions["syntax/limits"])
        let explained = RuleDocumentation.explanation(encoding) + RuleDocumentation.explanation(limits)
        #expect(explained.contains("    title: Q4⟦␀⟧\n"))
        #expect(explained.contains("    items: [[[[…(991 more [)…[[[[⟦⟧[1]]]]…(992 more ])…]]]]\n"))
        #expect(!RuleDocumentation.markdown().unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" })
        #expect(encoding.examples[0].source == "id: team\ntitle: Q4⟦\u{0}⟧\n")
    }
}
