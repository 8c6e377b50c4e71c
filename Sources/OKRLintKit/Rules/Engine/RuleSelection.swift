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

    public func isEnabled(_ ruleID: String) -> Bool {
        if ruleID.hasPrefix("syntax/") { return true }
        if ignored.contains(where: { RuleSelection.matches($0, ruleID) }) { return false }
        return selected.isEmpty || selected.contains { RuleSelection.matches($0, ruleID) }
    }

    private static func matches(_ pattern: String, _ ruleID: String) -> Bool {
        pattern.hasSuffix("/") ? ruleID.hasPrefix(pattern) : ruleID == pattern
    }

    /// Splits comma-separated lists, turns a bare category into `category/`,
    /// and rejects names that match no rule.
    private static func normalise(_ names: [String], flag: String) throws(RunError) -> [String] {
        let ids = RuleRegistry.ids
        let categories = Set(ids.map { String($0.prefix { $0 != "/" }) })
        var result: [String] = []
        for name in names.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingSpaces }) where !name.isEmpty {
            if ids.contains(name) {
                result.append(name)
            } else if categories.contains(name.hasSuffix("/") ? String(name.dropLast()) : name) {
                result.append(name.hasSuffix("/") ? name : name + "/")
            } else {
                let hint = Suggestions.phrase(for: name, among: ids + categories.map { $0 + "/" })
                throw RunError("unknown rule '\(name)' in \(flag)\(hint)")
            }
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
