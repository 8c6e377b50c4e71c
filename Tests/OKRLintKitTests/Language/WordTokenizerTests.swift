import Testing
@testable import OKRLintKit

@Suite struct WordTokenizerTests {
    private func texts(_ text: String) -> [String] {
        WordTokenizer.tokens(in: text).map(\.text)
    }

    @Test func keepsHyphenatedCompoundsAndCodesWhole() {
        #expect(texts("Run-rate revenue for v2.3 and a 30-day trial") == [
            "Run-rate", "revenue", "for", "v2.3", "and", "a", "30-day", "trial",
        ])
    }

    @Test func recognisesNumbersPercentagesAndMoney() {
        let tokens = WordTokenizer.tokens(in: "from 70% to $1M in 24h, 10,000 users rate it 4.5/5")
        #expect(tokens.filter(\.isNumber).map(\.text) == ["70%", "$1M", "24h", "10,000", "4.5", "5"])
        #expect(tokens.filter(\.isPercent).map(\.text) == ["70%"])
        #expect(tokens.filter { $0.kind == .symbol }.map(\.text) == [",", "/"])
    }

    @Test func measuresOffsetsInCharacters() {
        let tokens = WordTokenizer.tokens(in: "🚀 Café we’ll")
        #expect(tokens.map(\.range) == [0..<1, 2..<6, 7..<12])
        #expect(tokens.map(\.normalized) == ["🚀", "café", "we'll"])
    }
}
