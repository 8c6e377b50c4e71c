/// The JSON Schema (2020-12) of `.okrlint.yaml`, generated from the rule
/// declarations so every rule id and option is described exactly once.
public enum ConfigurationSchema {
    public static var jsonSchema: JSONValue {
        .object([
            ("$schema", "https://json-schema.org/draft/2020-12/schema"),
            ("$id", "https://okrlint.dev/schema/okrlint-config.schema.json"),
            ("title", "okrlint configuration (.okrlint.yaml)"),
            ("type", "object"),
            ("properties", .object([
                ("extends", .object([
                    ("description", "The preset the file builds on: recommended (the defaults), strict (warnings become errors, infos warnings) or all (strict with every option at its tightest)."),
                    ("enum", .array(Preset.allCases.map { .string($0.rawValue) })),
                ])),
                ("docs_url", .object([("description", "Where the rule documentation lives (SARIF help URIs, report links)."), ("type", "string")])),
                ("max-file-size", .object([
                    ("description", "Largest goal file read, e.g. 8MiB (the default), 512KiB or a number of bytes."),
                    ("type", .array(["string", "integer"])),
                    ("pattern", "^[0-9]+ *([kKmMgG]([iI]?[bB])?|[bB])?$"),
                ])),
                ("include", globs("Path patterns (relative to this file) that folder searches are limited to.")),
                ("exclude", globs("Path patterns (relative to this file) never linted, even when named on the command line.")),
                ("rules", .object([
                    ("description", "Severity and options per rule id, or a severity for every rule of a category (kpi/); a rule's own entry wins over its category."),
                    ("type", "object"),
                    ("properties", .object(
                        RuleRegistry.categories.map { ($0 + "/", categorySchema($0 + "/")) } + RuleRegistry.all.map { ($0.id, ruleSchema($0)) })),
                    ("additionalProperties", .bool(false)),
                ])),
            ])),
            ("additionalProperties", .bool(false)),
        ])
    }

    /// The severities `name` may be given: syntax rules are always errors.
    private static func severity(_ name: String) -> JSONValue {
        let allowed: [JSONValue] = RuleNames.coversSyntax(name) ? ["error"] : ["error", "warning", "info", "off"]
        return .object([("enum", .array(allowed))])
    }

    private static func globs(_ description: String) -> JSONValue {
        .object([
            ("description", .string(description)),
            ("anyOf", .array([.object([("type", "string")]), .object([("type", "array"), ("items", .object([("type", "string")]))])])),
        ])
    }

    /// A category key takes a severity only; options belong to its rules.
    private static func categorySchema(_ category: String) -> JSONValue {
        let settings = JSONValue.object([
            ("type", "object"), ("properties", .object([("severity", severity(category))])), ("additionalProperties", .bool(false)),
        ])
        return .object([
            ("description", .string("The severity of every rule of \(category) (\(RuleNames.ids(matching: category).joined(separator: ", "))) that has no entry of its own.")),
            ("anyOf", .array([severity(category), settings])),
        ])
    }

    private static func ruleSchema(_ rule: RuleDescription) -> JSONValue {
        let settings = JSONValue.object([
            ("type", "object"),
            ("properties", .object([("severity", severity(rule.id))] + rule.options.map { ($0.name, optionSchema($0)) })),
            ("additionalProperties", .bool(false)),
        ])
        return .object([
            ("description", .string("\(rule.summary) (default: \(rule.defaultSeverity.rawValue))")),
            ("anyOf", .array([severity(rule.id), settings])),
        ])
    }

    private static func optionSchema(_ option: RuleOption) -> JSONValue {
        let described = "\(option.summary) Default: \(option.defaultValue)."
        switch option.defaultValue {
        case .integer: return .object([("description", .string(described)), ("type", "integer")])
        case .number: return .object([("description", .string(described)), ("type", "number")])
        case .flag: return .object([("description", .string(described)), ("type", "boolean")])
        case .words:
            let list = JSONValue.object([("type", "array"), ("items", .object([("type", "string")]))])
            let edit = JSONValue.object([
                ("type", "object"), ("properties", .object([("add", list), ("remove", list)])), ("additionalProperties", .bool(false)),
            ])
            return .object([("description", .string(described + " A list replaces it; {add, remove} edits it.")), ("anyOf", .array([list, edit]))])
        }
    }
}
