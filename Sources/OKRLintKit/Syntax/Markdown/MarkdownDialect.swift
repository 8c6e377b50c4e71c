/// What a `[ ]` / `[x]` checkbox on an item line means.
enum CheckboxMeaning: Sendable {
    /// Nothing the plan keeps (converting to YAML carries the box as a
    /// comment); the writer ticks the box when `tickedBy` is given.
    case decoration(tickedBy: String?)
    /// Ticked means `key: value` unless one of `unlessGiven` is given (a
    /// milestone's `status: done`, unless it gives `status` or a `done` date).
    case sets(key: String, value: String, unlessGiven: [String])
}

/// How an item is written on a list line (or heading) of the dialect:
/// `[checkbox] [Label:] [DATE] title {attribute}`, where the attributes at
/// the end are `@owner`, `(key: value)` and `{#id}`. The keys and their
/// shapes come from the schema; only the spelling is declared here.
struct ItemSyntax: Sendable {
    let layout: ItemLayout
    /// The key the item's text is for when no label says otherwise.
    let titleKey: String
    /// Labels that may open the text (lower case) and the key each names.
    let labels: [String: String]
    /// The label written before the title, if the dialect asks for one.
    let writtenLabel: String?
    /// The key a leading date is for (`due`, `date`), if any.
    let leadingDateKey: String?
    let checkbox: CheckboxMeaning
    /// Whether the writer puts the owner on the line as `@owner`.
    let ownerOnLine: Bool
    /// Keys the writer puts on the line as `(key: value)`.
    let attributeKeys: [String]
}

/// A heading that opens a list of items of one kind (`## KPIs`).
struct SectionSyntax: Sendable {
    /// The plan key the items belong to.
    let planKey: String
    /// The heading as the writer writes it.
    let heading: String
    /// Heading texts accepted (lower case): the plural, the singular and any
    /// other name. A name that starts another must come after it, since a
    /// heading is matched by its first words.
    let names: [String]
    let item: ItemSyntax
    /// The key a value after the heading words gives every item that lacks
    /// it (`## Weekly goals — 2026-W44` → `week`).
    var headingValueKey: String? = nil
}

/// The Markdown dialect of SPEC §2.2 (formally in `Grammar/okr-markdown.ebnf`):
/// which headings open which sections and how each kind of item is written.
enum MarkdownDialect {
    static let plan = PlanSchema.plan.layout
    static let objectivesKey = "objectives"
    static let keyResultsKey = "key_results"
    /// `## Objective: …`.
    static let objectiveLabel = "Objective"
    /// `## Weekly goals — 2026-W44`: the words before the week.
    static let weeklyHeading = "Weekly goals"
    /// The key prose under an objective heading is for.
    static let proseKey = "why"
    /// What may separate the heading words from a value (`— 2026-W44`).
    static let headingSeparators: Set<Unicode.Scalar> = ["—", "–", "-", ":"]

    static let objective = ItemSyntax(
        layout: plan.nested(objectivesKey)!, titleKey: "objective", labels: ["objective": "objective"],
        writtenLabel: objectiveLabel, leadingDateKey: nil, checkbox: .decoration(tickedBy: nil), ownerOnLine: false, attributeKeys: [])

    /// The keys of an objective that a line `Label: value` under its heading
    /// may set: those holding one value or a list, other than the title.
    static let objectiveLineKeys = objective.layout.keys.filter { key in
        key != objective.titleKey && objective.layout.shape(of: key)?.fitsOnOneLine == true
    }.sorted()

    static let keyResult = ItemSyntax(
        layout: objective.layout.nested(keyResultsKey)!, titleKey: "kr", labels: ["kr": "kr"], writtenLabel: "KR",
        leadingDateKey: nil, checkbox: .decoration(tickedBy: "done"), ownerOnLine: false, attributeKeys: [])

    static let kpis = SectionSyntax(
        planKey: "kpis", heading: "KPIs", names: ["kpis", "kpi"],
        item: ItemSyntax(
            layout: plan.nested("kpis")!, titleKey: "kpi", labels: ["kpi": "kpi"], writtenLabel: nil,
            leadingDateKey: nil, checkbox: .decoration(tickedBy: nil), ownerOnLine: false, attributeKeys: []))

    static let milestones = SectionSyntax(
        planKey: "milestones", heading: "Milestones", names: ["milestones", "milestone"],
        item: ItemSyntax(
            layout: plan.nested("milestones")!, titleKey: "milestone", labels: ["milestone": "milestone"],
            writtenLabel: nil, leadingDateKey: "due",
            checkbox: .sets(key: "status", value: "done", unlessGiven: ["status", "done"]),
            ownerOnLine: true, attributeKeys: ["serves"]))

    static let weekly = SectionSyntax(
        planKey: "weekly", heading: weeklyHeading, names: ["weekly goals", "weekly goal", "weekly"],
        item: ItemSyntax(
            layout: plan.nested("weekly")!, titleKey: "goal", labels: ["goal": "goal", "deliver": "deliver"],
            writtenLabel: nil, leadingDateKey: nil, checkbox: .decoration(tickedBy: nil), ownerOnLine: true, attributeKeys: ["serves"]),
        headingValueKey: "week")

    static let decisions = SectionSyntax(
        planKey: "decisions", heading: "Decisions", names: ["decisions", "decision log", "decision"],
        item: ItemSyntax(
            layout: plan.nested("decisions")!, titleKey: "decision", labels: ["decision": "decision"],
            writtenLabel: nil, leadingDateKey: "date", checkbox: .decoration(tickedBy: nil), ownerOnLine: true, attributeKeys: []))

    /// The sections holding lists of items, in the order the writer writes them.
    static let listSections = [kpis, milestones, weekly, decisions]

    /// Every kind of item the dialect writes.
    static let items = [objective, keyResult] + listSections.map(\.item)

    /// Every section heading, as the writer writes it, for "did you mean".
    static let sectionHeadings = ["\(objectiveLabel): …"] + listSections.map(\.heading)

    /// The list section a heading opens, with the value written after its
    /// words (the week of a weekly section); nil for any other heading.
    static func listSection(for heading: PositionedText) -> (SectionSyntax, value: PositionedText?)? {
        for section in listSections {
            for name in section.names where heading.hasPrefix(name, ignoringCase: true) {
                let rest = heading.suffix(from: name.unicodeScalars.count).trimmed()
                if rest.isEmpty { return (section, nil) }
                guard section.headingValueKey != nil, let first = rest.scalars.first,
                      headingSeparators.contains(first) else { continue }
                return (section, rest.suffix(from: 1).trimmed())
            }
        }
        return nil
    }

    /// The key a field label names in `layout` (`Aligns to` → `aligns_to`),
    /// or nil when the item has no such key.
    static func key(named label: String, in layout: ItemLayout) -> String? {
        let key = label.trimmingSpaces.lowercased().split(separator: " ").joined(separator: "_")
        return layout.shape(of: key) == nil ? nil : key
    }

    /// How a key is written as a label: `aligns_to` → `Aligns to`.
    static func label(for key: String) -> String {
        let words = key.split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
