/// How findings spell fields in the syntax of the file they are about, so
/// that a hint or a fix reads as that file is written: the one place per
/// syntax (`YAMLSpelling`, `MarkdownSpelling`) that knows how a field, a
/// move or a check-in is written. Rules and the schema ask
/// `GoalFileFormat.spelling` instead of testing the syntax themselves.
public protocol FieldSpelling: Sendable {
    /// `key` written the way `written` (a key as found in the file) is
    /// written: the text a fix puts in its place (`aligns_to`, `Aligns to`).
    func key(_ key: String, like written: String) -> String
    /// A key as found in the file, quoted for a message: `'owner'`, or
    /// `'Owner:'` for a Markdown label.
    func quoted(_ written: String) -> String
    /// A field of the item called `noun` as the user would add it, in
    /// backticks: `` `objective: …` ``, `` `## Objective: …` ``.
    func field(_ key: String, of noun: String) -> String
    /// What to add to a milestone whose due date moved from `from` to `to`.
    func move(from: String, to: String) -> String
    /// What to add to record a dated value of `key` (`checkins`) on `date`.
    func entry(of key: String, on date: String) -> String
    /// `key` holding the one value `value` of a list, in backticks (`` `tags: [customer]` ``).
    func listField(_ key: String, _ value: String) -> String
    /// Where the items under the plan key `planKey` (`kpis`) are written.
    func section(_ planKey: String) -> String
}

extension GoalFileFormat {
    /// How findings about a file of this syntax spell its fields.
    public var spelling: any FieldSpelling {
        switch self {
        case .yaml: return YAMLSpelling()
        case .markdown: return MarkdownSpelling()
        }
    }
}

/// Fields as the YAML format (SPEC §2.1) writes them: `key: value`.
struct YAMLSpelling: FieldSpelling {
    func key(_ key: String, like written: String) -> String { key }

    func quoted(_ written: String) -> String { "'\(written)'" }

    func field(_ key: String, of noun: String) -> String { "`\(key): …`" }

    func move(from: String, to: String) -> String {
        "`moved: [{from: \(from), to: \(to), reason: …, impact: …}]`"
    }

    func entry(of key: String, on date: String) -> String {
        "under `\(key):`, e.g. `- {date: \(date), value: …}`"
    }

    func listField(_ key: String, _ value: String) -> String { "`\(key): [\(value)]`" }

    func section(_ planKey: String) -> String { "under `\(planKey):`" }
}
