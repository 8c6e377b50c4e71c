/// Builds the typed `Plan` from a YAML node tree using `PlanSchema`.
public enum PlanBuilder {
    /// The plan read from `root`; problems are appended to `diagnostics`,
    /// with hints and fixes in `spelling` (that of the file's syntax).
    /// Returns nil when the root is not a mapping.
    public static func build(_ root: YAMLNode, spelling: any FieldSpelling, diagnostics: inout [Diagnostic]) -> Plan? {
        guard case .mapping = root.content else {
            diagnostics.append(Diagnostic(
                rule: SchemaRuleID.type, span: root.span,
                message: "expected a goal file: a mapping of plan keys (id, title, objectives, kpis, …), found \(root.kindDescription)"))
            return nil
        }
        return PlanSchema.plan.read(root, spelling: spelling, &diagnostics)
    }

    /// The finding for a file with no content at all.
    public static let emptyFileDiagnostic = Diagnostic(
        rule: SchemaRuleID.type, span: .fileStart,
        message: "the file is empty; a goal file is a mapping of plan keys such as id, title and objectives")

    /// The JSON Schema (2020-12) of the YAML goal-file format.
    public static var jsonSchema: JSONValue {
        let definitions = PlanSchema.plan.allDefinitions.filter { $0.0 != "plan" }
        guard case .object(let planMembers) = PlanSchema.plan.jsonSchema else { return .null }
        return .object(
            [
                ("$schema", "https://json-schema.org/draft/2020-12/schema"),
                ("$id", "https://okrlint.dev/schema/okr-plan.schema.json"),
                ("title", "okrlint goal file (*.okr.yaml)"),
            ] + planMembers.filter { $0.0 != "description" }.map { $0 }
                + [("description", .string(PlanSchema.plan.summary)), ("$defs", .object(definitions))])
    }
}
