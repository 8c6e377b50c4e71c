/// Which rules a run reports, from `--select` and `--ignore` (rule ids or
/// categories such as `kpi/`). Syntax rules are always on: a file that does
/// not parse can never pass silently.
public struct RuleSelection: Sendable {
    private let selected: [String]
    private let ignored: [String]

    /// Validates the names; an unknown one is a run error with a suggestion.
    public init(select: [String] = [], ignore: [String] = []) throws(RunError) {
        selected = try RuleSelection.normalise(select, flag: "--select")
        ignored = try RuleSelection.normalise(ignore, flag: "--ignore")
    }

    public static let all = try! RuleSelection()

    /// Whether `--select` names the rule (by id or category): such a rule runs
    /// even when the configuration file switched it off (flags beat the file).
    public func explicitlySelects(_ ruleID: String) -> Bool {
        selected.contains { RuleNames.name($0, matches: ruleID) }
    }

    public func isEnabled(_ ruleID: String) -> Bool {
        if ruleID.hasPrefix("syntax/") { return true }
        if ignored.contains(where: { RuleNames.name($0, matches: ruleID) }) { return false }
        return selected.isEmpty || selected.contains { RuleNames.name($0, matches: ruleID) }
    }

    /// Splits comma-separated lists, turns a bare category into `category/`,
    /// and rejects names that match no rule, and syntax rules in `--ignore`.
    private static func normalise(_ names: [String], flag: String) throws(RunError) -> [String] {
        let categories = Set(RuleRegistry.categories)
        var result: [String] = []
        for name in names.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingSpaces }) where !name.isEmpty {
            let normalised = categories.contains(name) ? name + "/" : name
            if let problem = RuleNames.problem(with: normalised, in: flag) { throw RunError(problem) }
            if flag == "--ignore", RuleNames.coversSyntax(normalised) {
                throw RunError("\(RuleNames.syntaxCannotBe("turned off")); remove \(normalised) from --ignore")
            }
            result.append(normalised)
        }
        return result
    }
}
