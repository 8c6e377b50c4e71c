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
        let verdicts = try validate(folder: folder, names: expectations.keys.sorted())
        for (name, valid) in expectations {
            #expect(verdicts[name] == valid, "\(name): schema says \(String(describing: verdicts[name])), okrlint says \(valid)")
        }
    }

    /// Runs Python's `jsonschema` (Draft 2020-12) over the instances; returns validity by file name.
    private func validate(folder: URL, names: [String]) throws -> [String: Bool] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for name in sys.argv[3:]:
                instance = json.load(open(sys.argv[2] + "/" + name))
                print(name, "valid" if validator.is_valid(instance) else "invalid")
            """
        let result = try Python.run(script, arguments: [RepositoryPaths.grammar.appendingPathComponent("okr-plan.schema.json").path, folder.path] + names)
        #expect(result.status == 0, "python3 with jsonschema is needed (pip install jsonschema)")
        var verdicts: [String: Bool] = [:]
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { verdicts[String(parts[0])] = parts[1] == "valid" }
        }
        return verdicts
    }
}
