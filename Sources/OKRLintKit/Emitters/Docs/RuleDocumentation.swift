/// Rule documentation rendered from the rules' own descriptions: the
/// catalogue for `okrlint rules`, one rule for `okrlint explain`, and
/// `docs/rules.md`. Nothing about a rule is written twice.
public enum RuleDocumentation {
    /// One line per rule: id, default severity, summary.
    public static func catalogueText(_ rules: [RuleDescription] = RuleRegistry.all) -> String {
        let width = rules.map(\.id.count).max() ?? 0
        return rules.map { rule in
            rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + rule.defaultSeverity.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + rule.summary
        }.joined(separator: "\n") + "\n"
    }

    /// Every rule as JSON: id, severity, summary, rationale, options, examples.
    public static func catalogueJSON(_ rules: [RuleDescription] = RuleRegistry.all) -> String {
        JSONValue.object([
            ("version", .integer(1)),
            ("rules", .array(rules.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("severity", .string(rule.defaultSeverity.rawValue)),
                    ("summary", .string(rule.summary)),
                    ("rationale", .string(rule.rationale)),
                    ("options", .array(rule.options.map { option in
                        .object([("name", .string(option.name)), ("summary", .string(option.summary)), ("default", .string(option.defaultValue.description))])
                    })),
                    ("examples", .array(rule.examples.map { example in
                        .object([("triggers", .bool(example.triggers)), ("source", .string(example.source))])
                    })),
                ])
            })),
        ]).pretty()
    }

    /// One rule for the terminal: what, why, options and examples.
    public static func explanation(_ rule: RuleDescription) -> String {
        var text = "\(rule.id) (\(rule.defaultSeverity.rawValue))\n\n\(rule.summary)\n\n\(rule.rationale)\n"
        if !rule.options.isEmpty {
            text += "\nOptions (.okrlint.yaml: rules: {\(rule.id): {option: value}}):\n"
            for option in rule.options {
                text += "  \(option.name): \(option.summary)\n    default: \(option.defaultValue)\n"
            }
        }
        for example in rule.examples {
            text += "\n\(heading(of: example)):\n"
            for line in ExampleDisplay.shown(example.source).split(separator: "\n") { text += "    \(line)\n" }
            if let base = example.base {
                text += "\n\(baseHeading):\n"
                for line in ExampleDisplay.shown(base).split(separator: "\n") { text += "    \(line)\n" }
            }
        }
        return text
    }

    /// `docs/rules.md`: the catalogue table and a section per rule.
    public static func markdown(_ rules: [RuleDescription] = RuleRegistry.all) -> String {
        var text = """
            # okrlint rules

            Generated from the rule declarations by `okrlint rules --format markdown`; do not edit by hand.
            Configure rules in `.okrlint.yaml` (`rules: {ID: off | error | warning | info | {severity: …, option: …}}`)
            and silence one item with `# okrlint-disable-next-line ID -- reason`.
            Examples show a control character as its symbol (`␀` for NUL, `␉` for a tab), another invisible
            character by its code point (`<U+FEFF>`), and a long run of one character shortened.

            | Rule | Default | Fires when |
            |---|---|---|

            """
        for rule in rules {
            text += "| [`\(rule.id)`](#\(anchor(rule.id))) | \(rule.defaultSeverity.rawValue) | \(escapeTable(rule.summary)) |\n"
        }
        for rule in rules {
            text += "\n## \(rule.id)\n\nDefault severity: **\(rule.defaultSeverity.rawValue)**. \(rule.summary)\n\n\(rule.rationale)\n"
            if !rule.yieldsTo.isEmpty {
                text += "\nNot reported on text that \(rule.yieldsTo.map { "`\($0)`" }.joined(separator: " or ")) already reports.\n"
            }
            if !rule.options.isEmpty {
                text += "\n| Option | Default | Meaning |\n|---|---|---|\n"
                for option in rule.options {
                    text += "| `\(option.name)` | `\(escapeTable(option.defaultValue.description))` | \(escapeTable(option.summary)) |\n"
                }
            }
            for example in rule.examples {
                text += "\n\(heading(of: example)):\n\n" + fenced(example.source, as: example.format)
                if let base = example.base { text += "\n\(baseHeading):\n\n" + fenced(base, as: example.format) }
            }
        }
        return text
    }

    /// "Reported (…)" or "Not reported", with the example's as-of date, options and extra files.
    private static func heading(of example: RuleExample) -> String {
        var notes: [String] = []
        if let asOf = example.asOf { notes.append("as of \(asOf)") }
        for (name, value) in example.options.sorted(by: { $0.key < $1.key }) {
            let shown = value.description.count > 40 ? "a custom list" : value.description
            notes.append("with \(name): \(shown)")
        }
        if !example.workspace.isEmpty { notes.append("with " + example.workspace.keys.sorted().joined(separator: ", ") + " in the workspace") }
        if example.base != nil { notes.append("compared with the file at the git base revision shown after it") }
        let base = example.triggers ? "Reported (⟦…⟧ marks the text at fault)" : "Not reported"
        return notes.isEmpty ? base : base + ", " + notes.joined(separator: ", ")
    }

    /// Where a rule's documentation lives under `docs_url`: the URL is taken
    /// to be the published `docs/rules.md`, and the rule's heading there has
    /// the anchor GitHub gives it (`<docs_url>#kractivity` for `kr/activity`).
    /// Nil without `docs_url`.
    public static func helpURL(for id: String, docsURL: String?) -> String? {
        docsURL.map { $0 + "#" + anchor(id) }
    }

    /// What introduces an example's base version.
    private static let baseHeading = "The same file at the git base revision (`--diff-base`)"

    /// `source` as a fenced block in its syntax, as `ExampleDisplay` shows it.
    private static func fenced(_ source: String, as format: GoalFileFormat) -> String {
        let shown = ExampleDisplay.shown(source)
        return "```\(format == .markdown ? "markdown" : "yaml")\n\(shown.hasSuffix("\n") ? shown : shown + "\n")```\n"
    }

    /// The GitHub-style anchor of a rule's heading in docs/rules.md (`kr/activity` → `kractivity`).
    public static func anchor(_ id: String) -> String {
        String(id.lowercased().compactMap { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : nil })
    }

    private static func escapeTable(_ text: String) -> String {
        text.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
