import Foundation
@testable import OKRLintKit
import Testing

/// The `sarif` output: valid against the official SARIF 2.1.0 schema
/// (`../shared/schemas/`, beside the repository), with UTF-16 regions,
/// repository-relative URIs, rule metadata and stable fingerprints.
@Suite struct SARIFLintEmitterTests {
    private static let schema = RepositoryPaths.root.appendingPathComponent("../shared/schemas/sarif-schema-2.1.0.json").standardizedFileURL

    @Test(arguments: [EmitterFixture.docsURL, nil])
    func outputIsValidAgainstTheOfficialSchema(docsURL: String?) throws {
        let sarif = SARIFLintEmitter.render(EmitterFixture.report(docsURL: docsURL))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("okrlint-\(UUID().uuidString).sarif")
        try sarif.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft4Validator.check_schema(schema)
            errors = list(jsonschema.Draft4Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
            for error in errors: print(list(error.absolute_path), error.message)
            print(len(errors), "errors")
            """
        let result = try Python.run(script, arguments: [Self.schema.path, file.path])
        #expect(result.status == 0, "python3 with jsonschema is needed, and \(Self.schema.path)")
        #expect(result.output == "0 errors\n")
    }

    @Test func regionsCountUTF16CodeUnitsAndSpanLines() throws {
        let results = try Self.results(EmitterFixture.report())
        // `  - {owner: "Zoë 🚀 李雷", kpi: "出荷 🚀 time"}`: the span starts at scalar 30
        // after one emoji (two UTF-16 units) and ends at scalar 41 after another.
        #expect(try Self.region(of: "kpi/missing-range", in: results) == ["startLine": 11, "startColumn": 31, "endLine": 11, "endColumn": 43])
        #expect(try Self.region(of: "kr/activity", in: results) == ["startLine": 7, "startColumn": 13, "endLine": 8, "endColumn": 35])
    }

    @Test func resultsPointIntoTheRepositoryAndAtTheirRule() throws {
        let document = try Self.document(EmitterFixture.report())
        let run = try #require((document["runs"] as? [[String: Any]])?.first)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleRegistry.all.map(\.id))
        for result in try Self.results(EmitterFixture.report()) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "goals/ops,q4:50%25.okr.yaml")
        }
        let levels = try Self.results(EmitterFixture.report()).map { $0["level"] as? String }
        #expect(levels == ["error", "warning", "error", "error", "warning", "note"])
    }

    @Test func helpURIFollowsDocsURLAndIsLeftOutWithout() throws {
        func helpURI(_ docsURL: String?) throws -> Any? {
            let run = try #require((try Self.document(EmitterFixture.report(docsURL: docsURL))["runs"] as? [[String: Any]])?.first)
            let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
            return rules?.first { $0["id"] as? String == "kpi/missing-range" }?["helpUri"]
        }
        #expect(try helpURI(EmitterFixture.docsURL) as? String == EmitterFixture.docsURL + "#kpimissing-range")
        #expect(try helpURI(nil) == nil)
    }

    @Test func fingerprintsAreTheBaselineKeyWithAnOccurrenceCount() throws {
        let twice = [1, 2].map { column in
            EmitterFixture.finding(rule: "plan/duplicate-id", message: "twice", from: SourcePosition(line: 1, column: column), to: SourcePosition(line: 1, column: column))
        }
        let fingerprints = try Self.results(EmitterFixture.report(extra: twice)).compactMap {
            ($0["partialFingerprints"] as? [String: String])?[SARIFLintEmitter.fingerprintKey]
        }
        #expect(fingerprints.prefix(2) == ["ops plan - plan/duplicate-id:1", "ops plan - plan/duplicate-id:2"])
        #expect(fingerprints.contains("ops kpi #\(FindingIdentity.hash("出荷 🚀 time")) kpi/missing-range:1"))
        #expect(Set(fingerprints).count == fingerprints.count)
    }

    private static func document(_ report: LintReport) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(SARIFLintEmitter.render(report).utf8)) as? [String: Any])
    }

    private static func results(_ report: LintReport) throws -> [[String: Any]] {
        try #require((try document(report)["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    }

    private static func region(of rule: String, in results: [[String: Any]]) throws -> [String: Int]? {
        let result = try #require(results.first { $0["ruleId"] as? String == rule })
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return location?["region"] as? [String: Int]
    }
}
