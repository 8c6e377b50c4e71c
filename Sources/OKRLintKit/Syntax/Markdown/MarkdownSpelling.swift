/// Fields as the Markdown dialect (SPEC §2.2) writes them: labels such as
/// `Aligns to:` under an objective heading, titles on the item's line
/// (`## Objective: …`, `- KR: …`), nested `- key: value` items for the rest,
/// the sugar of moves and series, and `## Heading` sections.
struct MarkdownSpelling: FieldSpelling {
    /// A key written as a label (`Owner`, `Aligns to`) gets its suggestion
    /// as a label; one written as a key (`owner`) as a key.
    func key(_ key: String, like written: String) -> String {
        Self.isLabel(written) ? MarkdownDialect.label(for: key) : key
    }

    func quoted(_ written: String) -> String {
        Self.isLabel(written) ? "'\(written):'" : "'\(written)'"
    }

    /// A title is written on the item's line (`## Objective: …`, `- KR: …`,
    /// `- …`), any other field as a nested item.
    func field(_ key: String, of noun: String) -> String {
        guard let item = MarkdownDialect.items.first(where: { $0.layout.noun == noun }),
              key == item.titleKey || item.labels.values.contains(key) else { return "`- \(key): …`" }
        if noun == MarkdownDialect.objective.layout.noun { return "`## \(MarkdownDialect.objectiveLabel): …`" }
        let label = key == item.titleKey ? item.writtenLabel : MarkdownDialect.label(for: key)
        return "`- \(label.map { "\($0): " } ?? "")…`"
    }

    func move(from: String, to: String) -> String {
        "a nested `- moved: \(from) -> \(to), reason, impact` line"
    }

    func entry(of key: String, on date: String) -> String {
        "with a nested `- \(key): \(date) VALUE` line"
    }

    func listField(_ key: String, _ value: String) -> String { "`- \(key): \(value)`" }

    func section(_ planKey: String) -> String {
        let heading = MarkdownDialect.listSections.first { $0.planKey == planKey }?.heading
        return heading.map { "under a `## \($0)` heading" } ?? "under `\(planKey):` in the front matter"
    }

    /// Whether a key as found in the file is written as a label: capitalised
    /// or with words separated by spaces.
    private static func isLabel(_ written: String) -> Bool {
        written.contains(" ") || written.unicodeScalars.first?.properties.isUppercase == true
    }
}
