import Foundation
import OKRLintKit
import Testing

/// `Grammar/okr-markdown.ebnf` is the formal grammar of the dialect: it is
/// closed (every name used is defined, every production is used), every
/// production names a sample in Samples/markdown/ holding text it matches,
/// and every sample reads without syntax findings.
@Suite struct MarkdownGrammarTests {
    struct Production {
        let name: String
        let body: String
        let samples: [(file: String, text: String)]
    }

    static func productions() throws -> [Production] {
        let grammar = try String(contentsOf: RepositoryPaths.grammar.appendingPathComponent("okr-markdown.ebnf"), encoding: .utf8)
        var result: [Production] = []
        var current: (name: String, lines: [String])?
        func close() {
            guard let current else { return }
            let text = current.lines.joined(separator: "\n")
            result.append(Production(name: current.name, body: definition(in: text), samples: samples(in: text)))
        }
        for line in grammar.components(separatedBy: "\n") {
            if let first = line.first, first.isLetter, let equals = line.range(of: " = ") {
                close()
                current = (String(line[..<equals.lowerBound]), [String(line[equals.upperBound...])])
            } else {
                current?.lines.append(line)
            }
        }
        close()
        return result
    }

    /// The right-hand side up to the `;` that ends it, without comments, terminals and special sequences.
    private static func definition(in text: String) -> String {
        var result = ""
        var inQuote = false, inSpecial = false, commentDepth = 0
        var previous: Character = " "
        for character in text {
            if commentDepth > 0 {
                if previous == "*", character == ")" { commentDepth -= 1 }
            } else if inQuote {
                if character == "\"", previous != "\\" { inQuote = false }
            } else if inSpecial {
                if character == "?" { inSpecial = false }
            } else if previous == "(", character == "*" {
                commentDepth += 1
                result.removeLast()
            } else if character == "\"" {
                inQuote = true
            } else if character == "?" {
                inSpecial = true
            } else if character == ";" {
                break
            } else {
                result.append(character)
            }
            previous = commentDepth > 0 && character == ")" ? " " : character
        }
        return result
    }

    /// The `(* sample: FILE "text" *)` notes, with `\n`, `\r`, `\t`, `\"` and `\uXXXX` unescaped.
    private static func samples(in text: String) -> [(String, String)] {
        text.components(separatedBy: "(* sample: ").dropFirst().compactMap { note in
            guard let space = note.firstIndex(of: " "), note[note.index(after: space)] == "\"" else { return nil }
            var excerpt = ""
            var index = note.index(space, offsetBy: 2)
            while index < note.endIndex, note[index] != "\"" {
                if note[index] == "\\" {
                    index = note.index(after: index)
                    switch note[index] {
                    case "n": excerpt += "\n"
                    case "r": excerpt += "\r"
                    case "t": excerpt += "\t"
                    case "u":
                        let hex = note[note.index(after: index)...].prefix(4)
                        excerpt.unicodeScalars.append(Unicode.Scalar(UInt32(hex, radix: 16)!)!)
                        index = note.index(index, offsetBy: 4)
                    default: excerpt.append(note[index])
                    }
                } else {
                    excerpt.append(note[index])
                }
                index = note.index(after: index)
            }
            return (String(note[..<space]), excerpt)
        }
    }

    @Test func theGrammarIsClosed() throws {
        let productions = try Self.productions()
        let defined = Set(productions.map(\.name))
        #expect(defined.count == productions.count, "a production is defined twice")
        var used = Set<String>()
        for production in productions {
            let names = production.body.split { !($0.isLetter || $0 == "-") }.map(String.init).filter { $0.first?.isLetter == true }
            for name in names {
                #expect(defined.contains(name), "\(production.name) uses \(name), which is not defined")
                used.insert(name)
            }
        }
        #expect(defined.subtracting(used) == ["goal-file"], "productions nothing uses: \(defined.subtracting(used).subtracting(["goal-file"]))")
        #expect(productions.count > 40)
    }

    @Test func everyProductionNamesASampleHoldingItsText() throws {
        for production in try Self.productions() {
            #expect(!production.samples.isEmpty, "\(production.name) names no sample")
            for (file, text) in production.samples {
                let url = RepositoryPaths.markdownSamples.appendingPathComponent(file)
                let bytes = try Data(contentsOf: url)
                #expect(String(decoding: bytes, as: UTF8.self).contains(text), "\(production.name): \(file) does not hold \(text.debugDescription)")
            }
        }
    }

    @Test(arguments: RepositoryPaths.markdownSampleFiles())
    func everySampleReadsWithoutSyntaxFindings(_ url: URL) throws {
        let file = FileCompiler.compile(SourceFile(path: url.lastPathComponent, bytes: Array(try Data(contentsOf: url))), fallbackPlanID: "sample")
        #expect(file.plan != nil)
        #expect(file.diagnostics.filter { $0.rule.hasPrefix("syntax/") }.isEmpty, "\(file.diagnostics)")
    }
}
