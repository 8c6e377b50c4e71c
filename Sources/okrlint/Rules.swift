import ArgumentParser
import OKRLintKit

/// `okrlint rules`: lists every rule.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule with its default severity and what it reports.",
        discussion: "Use `okrlint explain RULE` for one rule's rationale, options and examples.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Option(help: "Output format: text, json or markdown (the markdown is docs/rules.md).")
    var format: Format = .text

    func run() {
        switch format {
        case .text: print(RuleDocumentation.catalogueText(), terminator: "")
        case .json: print(RuleDocumentation.catalogueJSON(), terminator: "")
        case .markdown: print(RuleDocumentation.markdown(), terminator: "")
        }
    }
}

/// `okrlint explain RULE`: one rule's documentation.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain one rule: why it exists, its options and examples.")

    @Argument(help: "The rule id, e.g. kr/activity.")
    var rule: String

    func run() throws {
        guard let description = RuleRegistry.descriptions[rule] else {
            let hint = Suggestions.phrase(for: rule, among: RuleRegistry.ids)
            throw RunError("unknown rule '\(rule)'\(hint.isEmpty ? "; run `okrlint rules` for the list" : hint)")
        }
        print(RuleDocumentation.explanation(description), terminator: "")
    }
}
