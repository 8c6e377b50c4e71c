/// Reads the blocks of a Markdown goal file into the plan's node tree
/// (SPEC §2.2): the `# title`, `## Objective: …` sections with their
/// `Key: value` lines, prose (the rationale) and `- KR:` items, and the list
/// sections (`## KPIs`, `## Milestones`, `## Weekly goals — WEEK`,
/// `## Decisions`). Records where each item and section ends (what a
/// `disable-next-line` above it covers) and the text the plan leaves out
/// (intro prose, unknown sections).
struct MarkdownPlanReader {
    private(set) var diagnostics: [Diagnostic] = []
    /// For each line where a list item or section starts, where it ends.
    private(set) var itemEnds: [Int: SourcePosition] = [:]
    /// Text outside the plan: prose outside objectives, unknown sections.
    private(set) var ignored: [SourceSpan] = []
    private var root = MappingDraft()
    private var section: Section = .preamble
    private var sectionHeading: PositionedText?
    private var sectionEnd = SourcePosition.fileStart

    private enum Section {
        case preamble
        case objective(ObjectiveDraft)
        case list(SectionSyntax, defaults: [YAMLPair])
        case unknown
    }

    private struct ObjectiveDraft {
        /// The heading's line.
        let heading: ItemLine
        var mapping = MappingDraft()
        var prose: [[PositionedText]] = []
        var keyResults: [YAMLNode] = []
    }

    /// A reader starting from the plan keys of the front matter.
    init(frontMatter: YAMLNode?) {
        guard let frontMatter, !frontMatter.isNull else { return }
        guard case .mapping(let pairs) = frontMatter.content else {
            diagnostics.append(ValueReader<Plan>.typeMismatch(frontMatter, expected: "front matter holding a mapping of plan keys (id, owner, period, …)"))
            return
        }
        for pair in pairs { root.set(pair.key, pair.value, &diagnostics) }
    }

    mutating func read(_ block: MarkdownBlock) {
        switch block {
        case .heading(level: 1, let text):
            closeSection()
            section = .preamble
            root.set(.scalar("title", at: text.span), .scalar(text), &diagnostics)
        case .heading(_, let text):
            closeSection()
            open(text)
        case .paragraph(let lines):
            sectionEnd = max(sectionEnd, lines.last?.end ?? sectionEnd)
            guard case .objective(var draft) = section else {
                ignored.append(SourceSpan(start: lines[0].start, end: lines[lines.count - 1].end))
                return
            }
            readParagraph(lines, into: &draft)
            section = .objective(draft)
        case .item(let item):
            sectionEnd = max(sectionEnd, item.span.end)
            recordEnds(of: item)
            readItem(item)
        }
    }

    /// The root mapping, nil when the file holds no plan at all.
    mutating func finish() -> YAMLNode? {
        closeSection()
        return root.pairsSpan.map { root.node(span: $0) }
    }

    private mutating func open(_ heading: PositionedText) {
        sectionHeading = heading
        sectionEnd = heading.end
        let objective = ItemLine(heading, syntax: MarkdownDialect.objective)
        if objective.label != nil {
            var draft = ObjectiveDraft(heading: objective)
            MarkdownItemReader.addLine(objective, syntax: MarkdownDialect.objective, to: &draft.mapping, &diagnostics)
            section = .objective(draft)
        } else if let (list, value) = MarkdownDialect.listSection(for: heading) {
            let defaults = zip([list.headingValueKey].compactMap { $0 }, [value].compactMap { $0 }).map { key, value in
                YAMLPair(key: .scalar(key, at: value.span), value: .scalar(value))
            }
            section = .list(list, defaults: defaults)
        } else {
            let hint = Suggestions.phrase(for: heading.string, among: MarkdownDialect.sectionHeadings)
            diagnostics.append(Diagnostic(
                rule: SchemaRuleID.unknownKey, span: heading.span,
                message: "unknown section '\(heading.string)'\(hint); okrlint reads the sections \(MarkdownDialect.sectionHeadings.joined(separator: ", ")), so this one is left out"))
            section = .unknown
        }
    }

    private mutating func closeSection() {
        guard let heading = sectionHeading else { return }
        itemEnds[heading.start.line] = sectionEnd
        switch section {
        case .objective(var draft):
            if let first = draft.prose.first?.first, let last = draft.prose.last?.last {
                let text = draft.prose.map { $0.map(\.string).joined(separator: "\n") }.joined(separator: "\n\n")
                draft.mapping.set(
                    .scalar(MarkdownDialect.proseKey, at: .point(first.start)),
                    .scalar(text, at: SourceSpan(start: first.start, end: last.end)), &diagnostics)
            }
            if !draft.keyResults.isEmpty {
                draft.mapping.append(.scalar(MarkdownDialect.keyResultsKey, at: heading.span), draft.keyResults, &diagnostics)
            }
            MarkdownItemReader.addEmptyLabel(of: draft.heading, to: &draft.mapping, &diagnostics)
            let objective = draft.mapping.node(span: SourceSpan(start: heading.start, end: sectionEnd))
            root.append(.scalar(MarkdownDialect.objectivesKey, at: heading.span), [objective], &diagnostics)
        case .unknown:
            ignored.append(SourceSpan(start: SourcePosition(line: heading.start.line, column: 1), end: sectionEnd))
        case .list, .preamble:
            break
        }
        section = .preamble
        sectionHeading = nil
    }

    /// `Key: value` lines set the objective's fields; other lines are its rationale.
    private mutating func readParagraph(_ lines: [PositionedText], into draft: inout ObjectiveDraft) {
        var prose: [PositionedText] = []
        for line in lines {
            if let field = Self.objectiveField(in: line, &diagnostics) {
                draft.mapping.add(field.0, field.1, &diagnostics)
            } else {
                prose.append(line)
            }
        }
        if !prose.isEmpty { draft.prose.append(prose) }
    }

    /// A line `Key: value` for a key of the objective (other than its title)
    /// that holds one value or a list, or whose label misspells one of those
    /// keys (`Onwer: sam`, kept under the key as written for the schema to
    /// report); nil for a line of prose.
    static func objectiveField(in line: PositionedText, _ diagnostics: inout [Diagnostic]) -> (YAMLNode, WrittenValue)? {
        let layout = MarkdownDialect.objective.layout
        guard let (keyText, value) = MarkdownFieldReader.split(line) else { return nil }
        guard let key = MarkdownDialect.key(named: keyText.string, in: layout) else {
            guard MisspeltLabel.isMisspelt(keyText.string, among: MarkdownDialect.objectiveLineKeys.map(MarkdownDialect.label(for:)))
            else { return nil }
            return (.scalar(keyText.string, at: keyText.span), .node(.scalar(value)))
        }
        guard MarkdownDialect.objectiveLineKeys.contains(key), let shape = layout.shape(of: key) else { return nil }
        return (.scalar(key, at: keyText.span), MarkdownFieldReader.value(value, shape: shape, children: [], &diagnostics))
    }

    private mutating func readItem(_ item: MarkdownListItem) {
        let isKeyResult = ItemLine(item.text, syntax: MarkdownDialect.keyResult).label != nil
        switch section {
        case .objective(var draft):
            if isKeyResult {
                let keyResult = MarkdownItemReader.item(item, syntax: MarkdownDialect.keyResult, &diagnostics)
                draft.keyResults.append(keyResult)
                keepDecoration(of: item, node: keyResult, syntax: MarkdownDialect.keyResult)
            } else if MarkdownFieldReader.split(item.text) != nil {
                let layout = MarkdownDialect.objective.layout
                if let (key, value) = MarkdownFieldReader.field(item, of: layout.noun, layout: layout, &diagnostics) {
                    draft.mapping.add(key, value, &diagnostics)
                }
            } else {
                diagnostics.append(MarkdownSyntax.diagnostic(
                    at: item.text.isEmpty ? item.span : item.text.span,
                    "expected a key result `- KR: …` or a field of the objective `- key: value`"))
            }
            section = .objective(draft)
        case .list(let list, let defaults) where !isKeyResult:
            let node = MarkdownItemReader.item(item, syntax: list.item, defaults: defaults, &diagnostics)
            root.append(.scalar(list.planKey, at: sectionHeading?.span ?? item.span), [node], &diagnostics)
            keepDecoration(of: item, node: node, syntax: list.item)
        case .unknown:
            break
        case .preamble, .list:
            let message = isKeyResult
                ? "a key result must be under the heading of its objective (`## Objective: …`)"
                : "a list item must be under a section heading: \(MarkdownDialect.sectionHeadings.joined(separator: ", "))"
            diagnostics.append(MarkdownSyntax.diagnostic(at: item.text.isEmpty ? item.span : item.text.span, message))
        }
    }

    /// A checkbox the plan does not keep is text left out, unless it is ticked
    /// and the item gives the key that ticks it (a key result's `done`).
    private mutating func keepDecoration(of item: MarkdownListItem, node: YAMLNode, syntax: ItemSyntax) {
        guard case .decoration(let tickedBy) = syntax.checkbox, let checkbox = item.checkbox else { return }
        if checkbox.isChecked, let key = tickedBy, case .mapping(let pairs) = node.content, pairs.contains(where: { $0.key.scalar == key }) {
            return
        }
        ignored.append(checkbox.span)
    }

    private mutating func recordEnds(of item: MarkdownListItem) {
        let line = item.span.start.line
        itemEnds[line] = max(itemEnds[line] ?? item.span.end, item.span.end)
        item.children.forEach { recordEnds(of: $0) }
    }
}

extension FieldShape {
    /// Whether a value of this shape can be written after its key on one
    /// line (one value or a list), as `Key: value` lines and `(key: value)`
    /// attributes are.
    var fitsOnOneLine: Bool {
        switch self {
        case .value, .list: return true
        case .items, .series: return false
        }
    }
}
