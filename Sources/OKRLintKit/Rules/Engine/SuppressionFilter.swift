/// Applies a file's inline suppressions to its diagnostics and audits them:
/// a directive naming an unknown rule gives `suppression/unknown-rule`, one
/// that silenced nothing gives `suppression/unused` (only for rules enabled in
/// the run). Syntax problems are never suppressed, so a directive naming a
/// syntax rule is reported as unused, saying why.
struct SuppressionFilter {
    let directives: [SuppressionDirective]
    /// Whether a rule is reported in this run.
    let isEnabled: (String) -> Bool

    /// The diagnostics left after suppression, plus the audit's own diagnostics.
    func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !directives.isEmpty else { return diagnostics }
        var used = Set<String>()
        let kept = diagnostics.filter { diagnostic in
            guard !diagnostic.rule.hasPrefix("syntax/") else { return true }
            var suppressed = false
            for (index, directive) in directives.enumerated() where directive.covers(diagnostic.span.start) {
                if directive.rules.isEmpty {
                    suppressed = true
                    used.insert("\(index)")
                }
                for name in directive.rules where RuleNames.name(name.value, matches: diagnostic.rule) {
                    suppressed = true
                    used.insert("\(index) \(name.value)")
                }
            }
            return !suppressed
        }
        return kept + audit(used: used)
    }

    private func audit(used: Set<String>) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (index, directive) in directives.enumerated() {
            if directive.rules.isEmpty {
                if !used.contains("\(index)") {
                    findings.append(UnusedSuppression.diagnostic(
                        at: directive.span, "this okrlint-\(directive.scope.rawValue) suppresses nothing; remove it"))
                }
                continue
            }
            for name in directive.rules {
                if let problem = RuleNames.problem(with: name.value) {
                    findings.append(UnknownSuppressedRule.diagnostic(at: name.span, problem))
                } else if RuleNames.coversSyntax(name.value) {
                    findings.append(UnusedSuppression.diagnostic(
                        at: name.span,
                        "\(RuleNames.syntaxCannotBe("suppressed")); remove '\(name.value)' from the okrlint-\(directive.scope.rawValue) comment and fix the syntax instead"))
                } else if !used.contains("\(index) \(name.value)"), RuleNames.ids(matching: name.value).contains(where: isEnabled) {
                    findings.append(UnusedSuppression.diagnostic(
                        at: name.span,
                        "'\(name.value)' is suppressed here but reports nothing; remove it from the okrlint-\(directive.scope.rawValue) comment"))
                }
            }
        }
        return findings
    }
}
