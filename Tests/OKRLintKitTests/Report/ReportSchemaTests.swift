import Foundation
@testable import OKRLintKit
import Testing

/// `Grammar/okr-report.schema.json` describes the JSON report: the report of
/// every sample validates against it (Python's jsonschema, Draft 2020-12), and
/// it is strict enough to reject a report with a field gone or a status unknown.
@Suite struct ReportSchemaTests {
    @Test func samplesReportValidatesAndBrokenOnesDoNot() throws {
        let document = try ReportFixture.document(["Samples"])
        #expect(document.items("plans").count == RepositoryPaths.sampleFiles().count)
        guard case .object(let members) = document else { throw SchemaTestError.notAnObject }
        let withoutVersion = JSONValue.object(members.filter { $0.0 != "version" })
        let wrongStatus = JSONValue.object(members.map { key, value in
            key == "plans" ? (key, .array(value.items.prefix(1).map(Self.withUnknownStatus))) : (key, value)
        })
        let verdicts = try validate(["samples": document, "without-version": withoutVersion, "unknown-status": wrongStatus])
        #expect(verdicts == ["samples": "valid", "without-version": "invalid", "unknown-status": "invalid"])
    }

    private enum SchemaTestError: Error { case notAnObject }

    /// The plan with its first objective's status replaced by one the schema does not know.
    private static func withUnknownStatus(_ plan: JSONValue) -> JSONValue {
        guard case .object(let members) = plan else { return plan }
        return .object(members.map { key, value in
            guard key == "objectives", case .array(var objectives) = value, case .object(let first)? = objectives.first else {
                return (key, value)
            }
            objectives[0] = .object(first.map { $0.0 == "status" ? ($0.0, .string("fine")) : $0 })
            return (key, .array(objectives))
        })
    }

    private func validate(_ instances: [String: JSONValue]) throws -> [String: String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("okrlint-report-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, instance) in instances {
            try instance.pretty().write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let schema = RepositoryPaths.grammar.appendingPathComponent("okr-report.schema.json")
        return try PythonJSONSchema.verdicts(schema: schema, folder: folder, names: instances.keys.sorted())
            .mapValues { $0 ? "valid" : "invalid" }
    }
}
