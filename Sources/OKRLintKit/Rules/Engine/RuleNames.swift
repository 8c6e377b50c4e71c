/// Rule names as users write them (flags, directives, configuration): an id,
/// or a category ending in `/` that stands for every rule in it.
enum RuleNames {
    /// Whether the name is a category such as `kpi/` rather than a rule id.
    static func isCategory(_ name: String) -> Bool {
        name.hasSuffix("/")
    }

    /// Whether a rule name or category (`kpi/`) matches `ruleID`.
    static func name(_ name: String, matches ruleID: String) -> Bool {
        isCategory(name) ? ruleID.hasPrefix(name) : ruleID == name
    }

    /// The ids a name stands for: itself, or every rule of a category (`kpi/`).
    static func ids(matching name: String) -> [String] {
        RuleRegistry.ids.filter { RuleNames.name(name, matches: $0) }
    }

    /// Whether the name covers a syntax rule (`syntax/yaml`, `syntax/`): those
    /// can be neither turned off nor suppressed (SPEC §2.3).
    static func coversSyntax(_ name: String) -> Bool {
        ids(matching: name).contains { $0.hasPrefix("syntax/") }
    }

    /// Why a syntax rule cannot be silenced (`done` is "turned off" or
    /// "suppressed"), for the messages that reject or report an attempt.
    static func syntaxCannotBe(_ done: String) -> String {
        "syntax findings cannot be \(done): a file okrlint cannot read must never pass unchecked"
    }

    /// Nil when the name is a rule id or a category; else what is wrong (naming
    /// `place`, e.g. "--select"), with the closest name as a suggestion.
    static func problem(with name: String, in place: String? = nil) -> String? {
        guard ids(matching: name).isEmpty else { return nil }
        let hint = Suggestions.phrase(for: name, among: RuleRegistry.ids + RuleRegistry.categories.map { $0 + "/" })
        let location = place.map { " in \($0)" } ?? ""
        return "unknown rule '\(name)'\(location)\(hint.isEmpty ? "; run `okrlint rules` for the list" : hint)"
    }
}
