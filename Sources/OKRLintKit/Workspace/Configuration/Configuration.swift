/// A `.okrlint.yaml` configuration (SPEC §4), resolved against its preset.
public struct Configuration: Sendable {
    /// The configuration file, nil when none was found (the defaults apply).
    public let path: String?
    /// The folder `include` / `exclude` patterns are relative to.
    public let folder: String
    public let preset: Preset
    /// Where rule documentation lives (SARIF help URIs, report links).
    public let docsURL: String?
    public let maxFileSize: Int
    public let include: [GlobPattern]
    public let exclude: [GlobPattern]
    /// Severities set in the file (nil: switched off).
    public let severities: [String: Severity?]
    /// Option values set in the file, by rule id.
    public let options: [String: [String: OptionValue]]

    /// The defaults, for a workspace without configuration file.
    public static func defaults(folder: String) -> Configuration {
        Configuration(
            path: nil, folder: folder, preset: .recommended, docsURL: nil, maxFileSize: YAMLLimits.standard.maxFileSize,
            include: [], exclude: [], severities: [:], options: [:])
    }

    /// Severities and options: the preset, with the file on top, and rules
    /// named by `--select` back on at their preset severity (flags beat the file).
    public func ruleConfiguration(selection: RuleSelection = .all) -> RuleConfiguration {
        var severities: [String: Severity?] = [:]
        var options: [String: [String: OptionValue]] = [:]
        for rule in RuleRegistry.all {
            severities[rule.id] = preset.severity(of: rule)
            options[rule.id] = self.options(of: rule)
        }
        for (id, severity) in self.severities where severity != nil || !selection.explicitlySelects(id) {
            severities.updateValue(severity, forKey: id)
        }
        return RuleConfiguration(severities: severities, options: options)
    }

    /// The option values of `rule`: its preset's, with the file's on top.
    public func options(of rule: RuleDescription) -> [String: OptionValue] {
        preset.options(of: rule).merging(options[rule.id] ?? [:]) { _, file in file }
    }

    /// Whether a goal file at `relativePath` (from `folder`) is part of the lint.
    /// `include` limits what folder searches find; `exclude` applies to every path.
    public func admits(_ relativePath: String, explicitlyNamed: Bool) -> Bool {
        if exclude.contains(where: { $0.matches(relativePath) }) { return false }
        return explicitlyNamed || include.isEmpty || include.contains { $0.matches(relativePath) }
    }
}
