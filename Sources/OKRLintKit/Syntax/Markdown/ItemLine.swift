/// The parts of an item's line (or an objective heading) in the dialect:
/// `[Label:] [DATE] title {attribute}`, the attributes at the end being
/// `@owner`, `(key: value)` for a key of the item, and `{#id}`; each must
/// follow a blank, so `[a link](x)`, `` `@code` `` or `a@b.example` stay text.
struct ItemLine {
    /// A field written at the end of the line.
    struct Attribute {
        let key: String
        /// The text naming the key: `@`, `serves`, `{#`.
        let keyText: PositionedText
        let value: PositionedText
    }

    /// The key a label names (`KR:` → `kr`) and the label's text.
    var label: (key: String, text: PositionedText)?
    var date: PositionedText?
    var title: PositionedText
    /// In the order written.
    var attributes: [Attribute]

    init(_ text: PositionedText, syntax: ItemSyntax) {
        var rest = text.trimmed()
        if let colon = rest.firstOffset(of: ":"), colon + 1 == rest.count || rest.scalars[colon + 1].isBlank,
           let key = syntax.labels[rest[0..<colon].string.trimmingSpaces.lowercased()] {
            label = (key, rest[0..<colon].trimmed())
            rest = rest.suffix(from: colon + 1).trimmed()
        }
        if syntax.leadingDateKey != nil, ItemLine.isDateShaped(rest) {
            date = rest[0..<10]
            rest = rest.suffix(from: 10).trimmed()
        }
        let (title, attributes) = ItemLine.trailingAttributes(of: rest, in: syntax.layout)
        self.title = title
        self.attributes = attributes
    }

    /// The text before its trailing attributes, and those attributes in the
    /// order written (found from the end without copying the text each time).
    static func trailingAttributes(
        of text: PositionedText, in layout: ItemLayout, parenthesesOnly: Bool = false
    ) -> (PositionedText, [Attribute]) {
        var attributes: [Attribute] = []
        var end = text.count
        while let (attribute, start) = trailingAttribute(of: text, before: end, in: layout, parenthesesOnly: parenthesesOnly) {
            attributes.append(attribute)
            end = start
            while end > 0, text.scalars[end - 1].isBlank { end -= 1 }
        }
        return (text[0..<end], attributes.reversed())
    }

    /// `2026-10-15` (ten scalars, digits and two hyphens) followed by a blank or the end.
    static func isDateShaped(_ text: PositionedText) -> Bool {
        guard text.count >= 10, text.count == 10 || text.scalars[10].isBlank else { return false }
        return text.scalars[0..<10].enumerated().allSatisfy { index, scalar in
            index == 4 || index == 7 ? scalar == "-" : ValueText.isASCIIDigit(scalar)
        }
    }

    /// The attribute ending at `end` and the offset where it starts.
    private static func trailingAttribute(
        of text: PositionedText, before end: Int, in layout: ItemLayout, parenthesesOnly: Bool
    ) -> (Attribute, Int)? {
        guard end > 0 else { return nil }
        let found: (Attribute, Int)?
        switch text.scalars[end - 1] {
        case ")": found = keyValue(in: text, before: end, layout: layout)
        case "}" where !parenthesesOnly: found = identifier(in: text, before: end)
        default: found = parenthesesOnly ? nil : owner(in: text, before: end, layout: layout)
        }
        guard let (attribute, start) = found, start == 0 || text.scalars[start - 1].isBlank else { return nil }
        return (attribute, start)
    }

    /// `(key: value)` for a key of the item holding one value or a list; the
    /// value may hold balanced parentheses.
    private static func keyValue(in text: PositionedText, before end: Int, layout: ItemLayout) -> (Attribute, Int)? {
        var depth = 0
        var opening: Int?
        for index in stride(from: end - 1, through: 0, by: -1) {
            if text.scalars[index] == ")" { depth += 1 }
            if text.scalars[index] == "(" { depth -= 1 }
            if depth == 0 {
                opening = index
                break
            }
        }
        guard let open = opening else { return nil }
        let inside = text[(open + 1)..<(end - 1)]
        guard let colon = inside.firstOffset(of: ":"),
              let key = MarkdownDialect.key(named: inside[0..<colon].string, in: layout),
              layout.shape(of: key)?.fitsOnOneLine == true else { return nil }
        return (Attribute(key: key, keyText: inside[0..<colon].trimmed(), value: inside.suffix(from: colon + 1).trimmed()), open)
    }

    /// `{#id}`.
    private static func identifier(in text: PositionedText, before end: Int) -> (Attribute, Int)? {
        guard let open = text.scalars[..<end].lastIndex(of: "{"), open + 1 < end, text.scalars[open + 1] == "#" else { return nil }
        let id = text[(open + 2)..<(end - 1)]
        guard !id.isEmpty, !id.scalars.contains(where: { $0.isBlank || $0 == "{" || $0 == "#" }) else { return nil }
        return (Attribute(key: "id", keyText: text[open..<(open + 2)], value: id), open)
    }

    /// `@name`, a name being letters, digits, `.`, `_` and `-`, not ending in `.`.
    private static func owner(in text: PositionedText, before end: Int, layout: ItemLayout) -> (Attribute, Int)? {
        guard layout.shape(of: "owner") != nil else { return nil }
        let start = (text.scalars[..<end].lastIndex { $0.isBlank }).map { $0 + 1 } ?? 0
        guard start + 1 < end, text.scalars[start] == "@", text.scalars[end - 1] != "." else { return nil }
        let name = text[(start + 1)..<end]
        guard name.scalars.allSatisfy({ $0.isAlphabetic || ValueText.isASCIIDigit($0) || "._-".unicodeScalars.contains($0) })
        else { return nil }
        return (Attribute(key: "owner", keyText: text[start..<(start + 1)], value: name), start)
    }
}
