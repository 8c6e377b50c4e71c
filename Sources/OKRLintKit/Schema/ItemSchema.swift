/// The declaration of one kind of item (a mapping in the goal file): its
/// fields, the keys it requires, and how to read a node into the typed item.
struct ItemSchema<Item: FieldRecord>: @unchecked Sendable {
    /// Name of the item in the JSON Schema's `$defs`.
    let definition: String
    /// The word used in messages ("key result").
    let noun: String
    let summary: String
    /// Groups of alternative keys of which at least one must be present.
    let required: [[String]]
    let fields: [FieldSpec<Item>]
    let make: (SourceSpan) -> Item
    /// What is worked out from an item once its fields are read (nothing for most kinds).
    let complete: (inout Item) -> Void
    /// `required`, as positions in `fields`.
    private let requiredIndices: [[Int]]

    init(
        definition: String, noun: String, summary: String, required: [[String]] = [],
        fields: [FieldSpec<Item>], make: @escaping (SourceSpan) -> Item,
        complete: @escaping (inout Item) -> Void = { _ in }
    ) {
        self.definition = definition
        self.noun = noun
        self.summary = summary
        self.required = required
        self.fields = fields
        self.make = make
        self.complete = complete
        precondition(fields.count <= UInt64.bitWidth, "an item kind has at most 64 fields (one bit each in `read`)")
        let keys = fields.map(\.key)
        precondition(Set(keys).count == keys.count, "the fields of an item kind have distinct keys")
        requiredIndices = required.map { alternatives in alternatives.compactMap { keys.firstIndex(of: $0) } }
    }

    var keys: [String] { fields.map(\.key) }

    /// The keys with the shape of their values.
    var layout: ItemLayout { ItemLayout(noun: noun, fields: fields.map { ($0.key, $0.shape) }) }

    /// Reads a mapping into an item, reporting unknown keys, missing required
    /// keys (a key with an empty value is missing) and values of the wrong
    /// form, with hints and fixes in `spelling`. Returns nil when `node` is
    /// not a mapping.
    func read(_ node: YAMLNode, spelling: any FieldSpelling, _ diagnostics: inout [Diagnostic]) -> Item? {
        guard case .mapping(let pairs) = node.content else {
            diagnostics.append(ValueReader<Item>.typeMismatch(node, expected: "a mapping of \(noun) fields"))
            return nil
        }
        var item = make(node.span)
        var present: UInt64 = 0  // bit i: field i has a value
        var expected = 0  // where the next key is looked for first
        for position in pairs.indices {  // pairs are read in place, not copied out
            let key = pairs[position].key.scalar ?? ""
            guard let index = fieldPosition(of: key, from: expected) else {
                diagnostics.append(unknownKey(pairs[position].key, among: Set(pairs.compactMap(\.key.scalar)), spelling: spelling))
                continue
            }
            if !pairs[position].value.isNull { present |= 1 << index }
            let problemsBefore = diagnostics.count
            fields[index].assign(pairs[position].value, spelling, &item, &diagnostics)
            if diagnostics.count > problemsBefore { item.invalidKeys.insert(key) }
            expected = index + 1
        }
        for group in requiredIndices.indices where !requiredIndices[group].contains(where: { present & (1 << $0) != 0 }) {
            let alternatives = required[group]
            let names = alternatives.map { "'\($0)'" }.joined(separator: " or ")
            let anchor = Self.missingFieldAnchor(alternatives, in: pairs) ?? .point(node.span.start)
            diagnostics.append(Diagnostic(
                rule: SchemaRuleID.type, span: anchor,
                message: "this \(noun) has no \(names); add it, e.g. \(spelling.field(alternatives[0], of: noun))"))
        }
        complete(&item)
        return item
    }

    /// The position in `fields` of the field named `key`. Keys are usually
    /// written in the order the fields are declared, so the search starts at
    /// `start` (just after the previous key's field) and wraps around: with a
    /// few dozen short keys this beats hashing each key.
    private func fieldPosition(of key: String, from start: Int) -> Int? {
        let count = fields.count
        var index = start < count ? start : 0
        for _ in 0..<count {
            if fields[index].key == key { return index }
            index = index + 1 == count ? 0 : index + 1
        }
        return nil
    }

    /// The items of a list, each read by `read`; nodes are read in place, not copied out of the list.
    func readEach(of nodes: [YAMLNode], spelling: any FieldSpelling, _ diagnostics: inout [Diagnostic]) -> [Item] {
        var items: [Item] = []
        items.reserveCapacity(nodes.count)
        for index in nodes.indices {
            if let item = read(nodes[index], spelling: spelling, &diagnostics) { items.append(item) }
        }
        return items
    }

    /// Where a missing required field is reported: at one of `alternatives`
    /// given with an empty value (`objective:`, or a Markdown `## Objective:`
    /// heading with no text), else at the first key of the item.
    private static func missingFieldAnchor(_ alternatives: [String], in pairs: [YAMLPair]) -> SourceSpan? {
        let empty = pairs.first { pair in pair.value.isNull && alternatives.contains { $0 == pair.key.scalar } }
        return (empty ?? pairs.first)?.key.span
    }

    /// The finding for an unknown key; `written` holds every key of the mapping.
    private func unknownKey(_ key: YAMLNode, among written: Set<String>, spelling: any FieldSpelling) -> Diagnostic {
        let name = key.scalar ?? "?"
        if name == "<<" {
            return Diagnostic(
                rule: SchemaRuleID.unknownKey, span: key.span,
                message: "merge keys ('<<') are not supported in goal files; write the keys out in this \(noun)")
        }
        let hint = Suggestions.closest(to: name, among: keys.map { spelling.key($0, like: name) })
            .map { "did you mean \(spelling.quoted($0))?" } ?? "known keys: \(keys.joined(separator: ", "))"
        let message = "unknown key \(spelling.quoted(name)) in \(noun.withIndefiniteArticle); \(hint)"
        return Diagnostic(
            rule: SchemaRuleID.unknownKey, span: key.span, message: message,
            fix: KeyRename.fix(for: key, known: keys, written: written, spelling: spelling))
    }

    /// `{"$ref": "#/$defs/<definition>"}`.
    var reference: JSONValue { .object([("$ref", .string("#/$defs/\(definition)"))]) }

    /// The object schema of this item.
    var jsonSchema: JSONValue {
        var members: [(String, JSONValue)] = [
            ("description", .string(summary)), ("type", "object"),
            ("properties", .object(fields.map { ($0.key, $0.makeSchema()) })),
            ("additionalProperties", .bool(false)),
        ]
        let single = required.filter { $0.count == 1 }.map { JSONValue.string($0[0]) }
        if !single.isEmpty { members.append(("required", .array(single))) }
        let alternatives = required.filter { $0.count > 1 }.map { group in
            JSONValue.object([("anyOf", .array(group.map { .object([("required", .array([.string($0)]))]) }))])
        }
        if !alternatives.isEmpty { members.append(("allOf", .array(alternatives))) }
        return .object(members)
    }

    /// This item's definition followed by those of the items nested in it.
    var allDefinitions: [(String, JSONValue)] {
        var result = [(definition, jsonSchema)]
        var seen: Set<String> = [definition]
        for (name, schema) in fields.flatMap({ $0.makeDefinitions() }) where seen.insert(name).inserted {
            result.append((name, schema))
        }
        return result
    }
}
