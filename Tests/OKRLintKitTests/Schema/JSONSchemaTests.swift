import Foundation
@testable import OKRLintKit
import Testing

/// `Grammar/okr-plan.schema.json` is generated from the same declarations the
/// model builder uses; it must be current, and it must accept the samples that
/// have no schema findings and reject the one written to show them.
@Suite struct JSONSchemaTests {
    @Test func committedSchemaIsCurrent() throws {
        let committed = try String(contentsOf: RepositoryPaths.grammar.appendingPathComponent("okr-plan.schema.json"), encoding: .utf8)
        #expect(committed == PlanBuilder.jsonSchema.pretty(), "run `swift run okrlint schema > Grammar/okr-plan.schema.json`")
    }

    @Test func samplesValidateExactlyWhenTheyHaveNoSchemaFindings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("okrlint-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var expectations: [String: Bool] = [:]
        for sample in RepositoryPaths.sampleFiles() {
            let text = try String(contentsOf: sample, encoding: .utf8)
            let file = FileCompiler.compile(SourceFile(path: sample.path, text: text), fallbackPlanID: "sample")
            let root = try #require(YAMLParser.parse(file.source).root)
            let name = sample.lastPathComponent + ".json"
            try YAMLToJSON.convert(root).pretty().write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            let schemaFindings = file.diagnostics.filter { ["schema/unknown-key", "schema/type"].contains($0.rule) }
            expectations[name] = schemaFindings.isEmpty
        }
        #expect(expectations.values.contains(true) && expectations.values.contains(false), "samples must include both kinds")
        let schema = RepositoryPaths.grammar.appendingPathComponent("okr-plan.schema.json")
        let verdicts = try PythonJSONSchema.verdicts(schema: schema, folder: folder, names: expectations.keys.sorted())
        for (name, valid) in expectations {
            #expect(verdicts[name] == valid, "\(name): schema says \(String(describing: verdicts[name])), okrlint says \(valid)")
        }
    }
}
