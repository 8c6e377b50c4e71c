import Foundation
import Testing

/// `.okrlint.yaml` through the real binary: presets, severities, options,
/// include/exclude, --config, precedence and every exit-2 path.
@Suite struct ConfigurationTests {
    static let plan = """
        id: support
        objectives:
          - objective: Customers get answers fast
          - objective: Agents stay
          - objective: Costs stay flat
          - objective: Help centre answers the top ten questions
        kpis:
          - kpi: Backlog
        """

    /// The findings of the rules these tests configure, as "rule severity".
    private func rules(_ result: BinaryRunner.Result) throws -> [String] {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(document["findings"] as? [[String: Any]])
        let watched: Set<String> = ["objective/too-many", "kpi/missing-range", "syntax/limits"]
        return findings.compactMap { finding in
            let rule = finding["rule"] as? String ?? ""
            return watched.contains(rule) ? "\(rule) \(finding["severity"] as? String ?? "")" : nil
        }
    }

    private func lint(_ config: String?, _ arguments: [String] = []) throws -> BinaryRunner.Result {
        let folder = try TemporaryFolder()
        try folder.write("goals/support.okr.yaml", Self.plan)
        if let config { try folder.write(".okrlint.yaml", config) }
        return try BinaryRunner.run(["goals", "--format", "json"] + arguments, in: folder.url)
    }

    @Test func withoutConfigurationTheDefaultsApply() throws {
        #expect(try rules(try lint(nil)) == ["objective/too-many warning", "kpi/missing-range error"])
    }

    @Test func strictRaisesWarningsAndTheFileBeatsThePreset() throws {
        #expect(try rules(try lint("extends: strict\n")) == ["objective/too-many error", "kpi/missing-range error"])
        let result = try lint("extends: strict\nrules:\n  objective/too-many: {severity: info, max: 4}\n  kpi/missing-range: off\n")
        #expect(try rules(result).isEmpty)
    }

    @Test(arguments: [
        "rules:\n  kpi/missing-range: error\n  kpi/: off\n  objective/: {severity: info}\n  syntax/: error\n",
        "rules:\n  objective/: {severity: info}\n  kpi/: off\n  kpi/missing-range: error\n",
    ])
    func aCategorySetsItsRulesAndARuleOwnEntryWinsWhateverTheOrder(_ config: String) throws {
        let result = try lint(config)
        #expect(result.status == 1)
        #expect(try rules(result) == ["objective/too-many info", "kpi/missing-range error"])
    }

    @Test func optionsChangeWhereACountRulePoints() throws {
        let folder = try TemporaryFolder()
        try folder.write("goals/support.okr.yaml", Self.plan)
        try folder.write(".okrlint.yaml", "rules:\n  objective/too-many: {max: 2}\n")
        let result = try BinaryRunner.run(["goals", "--format", "json", "--select", "objective/"], in: folder.url)
        #expect(result.stdout.contains("\"start\": {\"line\": 5, \"column\": 16}"), "the third objective is the first past max 2")
    }

    @Test func flagsBeatTheFile() throws {
        let result = try lint("rules:\n  kpi/missing-range: off\n", ["--select", "kpi/missing-range"])
        #expect(try rules(result) == ["kpi/missing-range error"])
    }

    @Test func excludeAppliesToExplicitPathsAndIncludeLimitsFolderSearches() throws {
        let folder = try TemporaryFolder()
        try folder.write("goals/support.okr.yaml", Self.plan)
        try folder.write("goals/archive/old.okr.yaml", "id: old\nkpis:\n  - kpi: Old\n")
        try folder.write("drafts/new.okr.yaml", "id: new\nkpis:\n  - kpi: New\n")
        try folder.write(".okrlint.yaml", "include: [\"goals/**\"]\nexclude: [goals/archive]\n")
        let everything = try BinaryRunner.run([".", "--format", "json"], in: folder.url)
        #expect(everything.stdout.contains("\"files\": 1"), "only goals/support is linted: \(everything.stdout)")
        let explicit = try BinaryRunner.run(["goals/archive/old.okr.yaml", "drafts/new.okr.yaml", "--format", "json"], in: folder.url)
        #expect(explicit.stdout.contains("\"files\": 1"), "the excluded file is skipped, the explicit draft is linted")
        #expect(explicit.stdout.contains("drafts/new.okr.yaml") && !explicit.stdout.contains("old.okr.yaml"))
    }

    @Test func configurationIsFoundFromASubfolderAndGivenWithConfig() throws {
        let folder = try TemporaryFolder()
        try folder.write("goals/team/support.okr.yaml", Self.plan)
        try folder.write(".okrlint.yaml", "rules:\n  kpi/missing-range: off\n")
        try folder.write("other/strict.yaml", "extends: strict\n")
        let found = try BinaryRunner.run(["support.okr.yaml", "--format", "json"], in: folder.url.appendingPathComponent("goals/team"))
        #expect(try rules(found) == ["objective/too-many warning"])
        let given = try BinaryRunner.run(["goals", "--format", "json", "--config", "other/strict.yaml"], in: folder.url)
        #expect(try rules(given) == ["objective/too-many error", "kpi/missing-range error"])
    }

    @Test func maxFileSizeIsALimit() throws {
        let result = try lint("max-file-size: 100\n")
        #expect(try rules(result) == ["syntax/limits error"])
    }

    @Test(arguments: [
        ("rules:\n  kr/activty: off\n", ".okrlint.yaml:2:3: unknown rule 'kr/activty' in rules; did you mean 'kr/activity'?"),
        ("rules:\n  objective/too-many: {maximum: 2}\n", ".okrlint.yaml:2:24: rule objective/too-many has no option 'maximum'; its options: severity, max"),
        ("rules:\n  kr/: {verbs: [run]}\n", ".okrlint.yaml:2:9: category kr/ takes only a severity; set 'verbs' under the rule that has it: kr/activity"),
        ("rules:\n  kpi/: {maximum: 3}\n", ".okrlint.yaml:2:10: category kpi/ takes only a severity; no rule of kpi/ has an option 'maximum'"),
        ("rules:\n  kr: off\n", ".okrlint.yaml:2:3: unknown rule 'kr' in rules; did you mean 'kr/'?"),
        ("rules:\n  krs/: off\n", ".okrlint.yaml:2:3: unknown rule 'krs/' in rules; did you mean 'kr/'?"),
        ("rules:\n  syntax/yaml: off\n", ".okrlint.yaml:2:16: syntax findings cannot be turned off: a file okrlint cannot read must never pass unchecked; remove this setting for syntax/yaml or make it error"),
        ("rules:\n  syntax/: {severity: info}\n", ".okrlint.yaml:2:23: syntax findings cannot be turned off: a file okrlint cannot read must never pass unchecked; remove this setting for syntax/ or make it error"),
        ("rules:\n  objective/too-many: {max: three}\n", ".okrlint.yaml:2:29: option 'max' takes a whole number (default 3)"),
        ("rules:\n  kpi/missing-range: of\n", ".okrlint.yaml:2:22: 'of' is not a severity: use one of error, warning, info, off; did you mean 'off'?"),
        ("extend: strict\n", ".okrlint.yaml:1:1: unknown key 'extend'; did you mean 'extends'?"),
        ("extends: strikt\n", ".okrlint.yaml:1:10: 'strikt' is not a preset: use one of recommended, strict, all; did you mean 'strict'?"),
        ("rules: [a\n", ".okrlint.yaml:2:1:"),
        ("max-file-size: huge\n", ".okrlint.yaml:1:16: max-file-size takes a size"),
    ])
    func invalidConfigurationIsExitTwoWithFileLineAndSuggestion(_ config: String, _ message: String) throws {
        let result = try lint(config)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("okrlint: " + message), "\(result.stderr)")
    }
}
