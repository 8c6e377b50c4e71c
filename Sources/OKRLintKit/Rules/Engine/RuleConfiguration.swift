/// How each rule runs: its severity (nil when switched off) and the plan
/// rules built with their option values. Built from the preset and the
/// configuration file; `recommended` is every rule at its default.
public struct RuleConfiguration: Sendable {
    private let severities: [String: Severity?]
    public let planRules: [ConfiguredRule]

    /// `severities` overrides the defaults (a nil value switches a rule off);
    /// `options` gives option values by rule id.
    public init(severities: [String: Severity?] = [:], options: [String: [String: OptionValue]] = [:]) {
        self.severities = severities
        planRules = RuleRegistry.planRules.map { rule in
            let description = rule.description
            return ConfiguredRule(
                id: description.id, needsWorkspace: rule.needsWorkspace,
                rule: rule.init(options: RuleOptionValues(for: description, overrides: options[description.id] ?? [:])))
        }
    }

    public static let recommended = RuleConfiguration()

    /// The severity findings of `ruleID` get, or nil when the rule is off.
    /// Syntax rules cannot be switched off.
    public func severity(of ruleID: String) -> Severity? {
        let fallback = RuleRegistry.descriptions[ruleID]?.defaultSeverity ?? .error
        guard let configured = severities[ruleID] else { return fallback }
        if ruleID.hasPrefix("syntax/") { return configured ?? fallback }
        return configured
    }
}
