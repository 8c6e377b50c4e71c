import Foundation
import Testing

/// `okrlint rules` and `okrlint explain` through the real binary.
@Suite struct RuleDocsCommandTests {
    @Test func rulesListsEveryRule() throws {
        let folder = try TemporaryFolder()
        let text = try BinaryRunner.run(["rules"], in: folder.url)
        #expect(text.status == 0)
        #expect(text.stdout.contains("kr/activity") && text.stdout.contains("suppression/unused"))
        let json = try BinaryRunner.run(["rules", "--format", "json"], in: folder.url)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rules = try #require(document["rules"] as? [[String: Any]])
        #expect(rules.contains { $0["id"] as? String == "objective/too-many" && ($0["options"] as? [[String: Any]])?.first?["default"] as? String == "3" })
        let markdown = try BinaryRunner.run(["rules", "--format", "markdown"], in: folder.url)
        #expect(markdown.stdout.hasPrefix("# okrlint rules\n"))
    }

    @Test func explainPrintsRationaleOptionsAndExamples() throws {
        let folder = try TemporaryFolder()
        let result = try BinaryRunner.run(["explain", "objective/too-many"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("objective/too-many (warning)\n"))
        #expect(result.stdout.contains("max: Most objectives a plan may have.\n    default: 3"))
        #expect(result.stdout.contains("Reported (⟦…⟧ marks the text at fault), with max: 1:"))
        let unknown = try BinaryRunner.run(["explain", "kr/activty"], in: folder.url)
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr == "okrlint: unknown rule 'kr/activty'; did you mean 'kr/activity'?\n")
    }

    @Test func explainPrintsNoControlBytesAndNoOverlongLines() throws {
        let folder = try TemporaryFolder()
        for rule in ["syntax/encoding", "syntax/limits", "syntax/yaml"] {
            let result = try BinaryRunner.run(["explain", rule], in: folder.url)
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\n" }, "\(rule)")
            #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count < 600 }, "\(rule)")
        }
    }
}
