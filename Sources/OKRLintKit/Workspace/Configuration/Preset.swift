/// The presets a configuration `extends` (SPEC §4).
public enum Preset: String, Sendable, CaseIterable {
    /// Every rule at its default severity and options.
    case recommended
    /// Every warning raised to error, every info to warning.
    case strict
    /// As `strict`, plus every option at its tightest documented value.
    case all

    /// The severity `rule` has under this preset.
    func severity(of rule: RuleDescription) -> Severity {
        guard self != .recommended else { return rule.defaultSeverity }
        switch rule.defaultSeverity {
        case .error, .warning: return .error
        case .info: return .warning
        }
    }

    /// The option values `rule` has under this preset (only the ones that differ from the defaults).
    func options(of rule: RuleDescription) -> [String: OptionValue] {
        guard self == .all else { return [:] }
        return Dictionary(uniqueKeysWithValues: rule.options.compactMap { option in
            option.tightest.map { (option.name, $0) }
        })
    }
}
