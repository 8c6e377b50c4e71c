import Foundation
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

    /// The byte scan of ASCII phrases gives exactly the tokens of the character scan: the
    /// same phrase with a non-ASCII word appended goes through the character scan.
    @Test func asciiFastPathMatchesTheCharacterScan() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/phrasings")
        var phrases = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".tsv") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let phrase = String(line.split(separator: "\t").last ?? "")
                guard phrase.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
                let fast = WordTokenizer.tokens(in: phrase)
                let slow = WordTokenizer.tokens(in: phrase + " é").dropLast()
                #expect(fast == Array(slow), "\(phrase)")
                phrases += 1
            }
        }
        #expect(phrases > 500)
    }
}
