import Foundation
import OKRLintKit
import Testing

/// Files generated from the declarations must be current in the repository.
@Suite struct GeneratedFilesTests {
    private func committed(_ path: String) throws -> String {
        try String(contentsOf: RepositoryPaths.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func configurationSchemaIsCurrent() throws {
        #expect(try committed("Grammar/okrlint-config.schema.json") == ConfigurationSchema.jsonSchema.pretty(),
                "run `swift run okrlint schema --config > Grammar/okrlint-config.schema.json`")
    }

    @Test func ruleDocumentationIsCurrent() throws {
        #expect(try committed("docs/rules.md") == RuleDocumentation.markdown(),
                "run `swift run okrlint rules --format markdown > docs/rules.md`")
    }

    @Test func everyRuleAndOptionIsInTheConfigurationSchema() throws {
        let rules = ConfigurationSchema.jsonSchema["properties"]?["rules"]?["properties"]
        for rule in RuleRegistry.all {
            let entry = try #require(rules?[rule.id], "\(rule.id) missing from the configuration schema")
            guard case .array(let alternatives)? = entry["anyOf"] else { Issue.record("\(rule.id) has no alternatives"); continue }
            for option in rule.options {
                #expect(alternatives.last?["properties"]?[option.name] != nil, "\(rule.id) option \(option.name)")
            }
        }
    }
}
