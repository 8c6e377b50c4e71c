import Foundation
import Testing

/// Validates JSON files against a JSON Schema (Draft 2020-12) with Python's
/// `jsonschema`, the validator the schemas' users are most likely to run.
enum PythonJSONSchema {
    /// Whether each file `names[i]` in `folder` is valid against `schema`, by name.
    static func verdicts(schema: URL, folder: URL, names: [String]) throws -> [String: Bool] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            for name in sys.argv[3:]:
                errors = list(validator.iter_errors(json.load(open(sys.argv[2] + "/" + name))))
                print(name, "invalid" if errors else "valid")
                for error in errors[:3]:
                    print(name, list(error.absolute_path), error.message[:200], file=sys.stderr)
            """
        let result = try Python.run(script, arguments: [schema.path, folder.path] + names)
        #expect(result.status == 0, "python3 with jsonschema is needed (pip install jsonschema)")
        var verdicts: [String: Bool] = [:]
        for line in result.output.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2 { verdicts[String(parts[0])] = parts[1] == "valid" }
        }
        return verdicts
    }
}
