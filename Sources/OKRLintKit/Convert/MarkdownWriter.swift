/// Writes a plan's node tree in the Markdown dialect (SPEC §2.2): plan keys
/// in YAML front matter, the title as `# …`, each objective as a section with
/// `Key: value` lines, its rationale as prose and its key results as
/// `- KR:` items, then the KPIs, milestones, weekly goals (a section per
/// week) and decisions. What has no Markdown form that reads back the same
/// stays in the front matter, or is noted when it cannot be written at all.
struct MarkdownWriter {
    private(set) var lines: [OutputLine] = []
    private(set) var notes: [ConversionNote] = []

    init(plan pairs: [YAMLPair]) {
        var frontMatter: [YAMLPair] = []
        var title: YAMLPair?
        var sections: [String: YAMLPair] = [:]
        let sectionKeys = [MarkdownDialect.objectivesKey] + MarkdownDialect.listSections.map(\.planKey)
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            if key == "title", title == nil, let text = pair.value.scalar, Self.heading("# " + text) == text {
                title = pair
            } else if sectionKeys.contains(key), sections[key] == nil, case .sequence(let items) = pair.value.content,
                      !items.isEmpty, items.allSatisfy(\.isMapping) {
                sections[key] = pair
            } else {
                frontMatter.append(pair)
            }
        }
        if !frontMatter.isEmpty {
            lines.append(OutputLine("---", style: .yaml))
            lines += YAMLWriter.lines(for: frontMatter)
            lines.append(OutputLine("---", style: .yaml))
        }
        if let title, let text = title.value.scalar {
            blank()
            lines.append(OutputLine("# " + text, origins: title.key.scalarLines.union(title.value.scalarLines), style: .html))
        }
        for objective in items(sections[MarkdownDialect.objectivesKey]) {
            writeObjective(objective)
        }
        for section in MarkdownDialect.listSections {
            guard let pair = sections[section.planKey] else { continue }
            writeSection(section, pair)
        }
        if lines.first?.text.isEmpty == true { lines.removeFirst() }
    }

    private func items(_ pair: YAMLPair?) -> [YAMLNode] {
        guard let pair, case .sequence(let items) = pair.value.content else { return [] }
        return items
    }

    private mutating func blank() {
        if let last = lines.last, !last.text.isEmpty { lines.append(OutputLine("", style: .html)) }
    }

    /// The text of a heading line, nil when the line is no heading.
    private static func heading(_ line: String) -> String? {
        guard !line.contains("<!--"), !line.contains("\n") else { return nil }
        return MarkdownLineForms.heading(PositionedText(line).trimmed())?.text.string
    }

    // MARK: Objectives

    private mutating func writeObjective(_ objective: YAMLNode) {
        guard case .mapping(let pairs) = objective.content else { return }
        let syntax = MarkdownDialect.objective
        var remaining = pairs
        let (heading, used) = objectiveHeading(pairs)
        remaining.removeAll { used.contains($0.key.scalar ?? "") }
        blank()
        var origins: Set<Int> = [objective.span.start.line]
        for pair in pairs where used.contains(pair.key.scalar ?? "") { origins.formUnion(pair.key.scalarLines.union(pair.value.scalarLines)) }
        lines.append(OutputLine("## " + heading, origins: origins, style: .html))
        var fieldLines: [OutputLine] = []
        var fieldItems: [YAMLPair] = []
        var prose: [OutputLine] = []
        var keyResults: [YAMLNode] = []
        for pair in remaining {
            let key = pair.key.scalar ?? ""
            if key == MarkdownDialect.keyResultsKey, case .sequence(let items) = pair.value.content,
               items.allSatisfy(\.isMapping) {
                keyResults = items
            } else if key == MarkdownDialect.proseKey, prose.isEmpty, let written = Self.prose(pair) {
                prose = written
                if pair.value.scalar?.hasSuffix("\n") == true {
                    notes.append(ConversionNote(line: pair.key.span.start.line, "the line break at the end of the objective's 'why' is not kept"))
                }
            } else if let line = Self.fieldLine(pair) {
                fieldLines.append(line)
            } else {
                fieldItems.append(pair)
            }
        }
        for group in [fieldLines, prose] where !group.isEmpty {
            blank()
            lines += group
        }
        blank()
        for pair in fieldItems {
            guard let written = MarkdownFieldWriter.lines(for: pair, layout: syntax.layout, indent: 0),
                  ItemLine(PositionedText(String(written[0].text.dropFirst(2))), syntax: MarkdownDialect.keyResult).label == nil else {
                note(pair.key.span.start.line, "the objective's '\(pair.key.scalar ?? "")' has no Markdown form that reads back the same")
                continue
            }
            lines += written
        }
        for keyResult in keyResults {
            write(keyResult, syntax: MarkdownDialect.keyResult)
        }
    }

    /// `Objective: title {#id}`, or less when that does not read back, and the keys it holds.
    private func objectiveHeading(_ pairs: [YAMLPair]) -> (String, Set<String>) {
        let syntax = MarkdownDialect.objective
        let title = pairs.first { $0.key.scalar == syntax.titleKey }?.value.scalar
        let id = pairs.first { $0.key.scalar == "id" }?.value.scalar
        let candidates: [(String?, String?)] = [(title, id), (title, nil), (nil, id), (nil, nil)]
        for (title, id) in candidates {
            let text = ([MarkdownDialect.objectiveLabel + ":", title, id.map { "{#\($0)}" }].compactMap { $0 }).joined(separator: " ")
            let line = ItemLine(PositionedText(text), syntax: syntax)
            guard Self.heading("## " + text) == text, line.title.string == (title ?? ""),
                  line.attributes.map(\.value.string) == [id].compactMap({ $0 }) else { continue }
            return (text, Set([title.map { _ in syntax.titleKey }, id.map { _ in "id" }].compactMap { $0 }))
        }
        return (MarkdownDialect.objectiveLabel + ":", [])
    }

    /// `Label: value` for a field of the objective that reads back the same.
    private static func fieldLine(_ pair: YAMLPair) -> OutputLine? {
        guard let key = pair.key.scalar, key != MarkdownDialect.proseKey,
              let value = pair.value.isNull ? "" : MarkdownItemWriter.oneLine(pair.value) else { return nil }
        let line = (MarkdownDialect.label(for: key) + ": " + value).trimmingSpaces
        var diagnostics: [Diagnostic] = []
        guard MarkdownReadBack.isParagraph([line]),
              let (readKey, written) = MarkdownPlanReader.objectiveField(in: PositionedText(line), &diagnostics),
              readKey.scalar == key, diagnostics.isEmpty,
              MarkdownReadBack.same(written, pair.value, shape: MarkdownDialect.objective.layout.shape(of: key)) else { return nil }
        return OutputLine(line, origins: pair.key.scalarLines.union(pair.value.scalarLines), style: .html)
    }

    /// The rationale as paragraphs of prose, when it reads back the same.
    private static func prose(_ pair: YAMLPair) -> [OutputLine]? {
        guard var text = pair.value.scalar, !pair.value.isNull else { return nil }
        while text.hasSuffix("\n") { text.removeLast() }
        var output: [OutputLine] = []
        for paragraph in text.components(separatedBy: "\n\n") {
            let paragraphLines = paragraph.components(separatedBy: "\n")
            var ignored: [Diagnostic] = []
            guard MarkdownReadBack.isParagraph(paragraphLines),
                  paragraphLines.allSatisfy({ MarkdownPlanReader.objectiveField(in: PositionedText($0), &ignored) == nil }) else { return nil }
            if !output.isEmpty { output.append(OutputLine("", style: .html)) }
            output += paragraphLines.map { OutputLine($0, style: .html) }
        }
        output[0].origins = pair.value.scalarLines.union(pair.key.scalarLines)
        return output
    }

    // MARK: List sections

    private mutating func writeSection(_ section: SectionSyntax, _ pair: YAMLPair) {
        var heading: String?
        for item in items(pair) {
            let value = section.headingValueKey.flatMap { key in headingValue(of: item, key: key) }
            let text = [section.heading, value].compactMap { $0 }.joined(separator: " — ")
            let defaults = zip([section.headingValueKey].compactMap { $0 }, [value].compactMap { $0 }).map { key, value in
                YAMLPair(key: .scalar(key, at: .fileStart), value: .scalar(value, at: .fileStart))
            }
            if text != heading {
                blank()
                lines.append(OutputLine("## " + text, origins: heading == nil ? pair.key.scalarLines : [], style: .html))
                blank()
                heading = text
            }
            write(item, syntax: section.item, defaults: defaults)
        }
    }

    /// One item, noting what of it cannot be written.
    private mutating func write(_ item: YAMLNode, syntax: ItemSyntax, defaults: [YAMLPair] = []) {
        guard let (written, leftOut) = MarkdownItemWriter.lines(for: item, syntax: syntax, defaults: defaults) else {
            note(item.span.start.line, "this \(syntax.layout.noun) has no Markdown form that reads back the same")
            return
        }
        lines += written
        for pair in leftOut {
            note(pair.key.span.start.line, "the \(syntax.layout.noun)'s '\(pair.key.scalar ?? "")' has no Markdown form that reads back the same")
        }
    }

    /// The value an item gives the section heading (a weekly goal's week),
    /// when it is valid and reads back from the heading.
    private func headingValue(of item: YAMLNode, key: String) -> String? {
        guard case .mapping(let pairs) = item.content, let value = pairs.first(where: { $0.key.scalar == key })?.value.scalar,
              case .success = ISOWeek.parse(value),
              let heading = Self.heading("## \(MarkdownDialect.weeklyHeading) — \(value)"),
              MarkdownDialect.listSection(for: PositionedText(heading))?.value?.string == value else { return nil }
        return value
    }

    private mutating func note(_ line: Int, _ message: String) {
        notes.append(ConversionNote(line: line, message + "; it is left out"))
    }
}
