/// Reads Mustache text into a `CompiledTemplate`, following swift-mustache's
/// parser step for step wherever whitespace is concerned: a section, inverted
/// section, closing, comment, pragma or partial tag alone on its line
/// ("standalone") takes the line's indentation and line break with it, and
/// whether the next line may hold a standalone tag is decided the same way.
///
/// Only the content-type pragma `{{% CONTENT_TYPE: OKRLINT_HTML}}` or
/// `HTML` is accepted (both escape the same five characters); set
/// delimiters, blocks, inheritance, dynamic and indented partials, and
/// transforms outside `CompiledTemplate.Transform` are refused.
struct CompiledTemplateParser {
    /// Why the text cannot be compiled.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    /// The nodes of `text`.
    static func parse(_ text: String) throws(Refusal) -> CompiledTemplate {
        var parser = CompiledTemplateParser(characters: Array(text))
        return CompiledTemplate(nodes: try parser.block(closing: nil, newLine: true))
    }

    private let characters: [Character]
    private var position = 0

    private init(characters: [Character]) {
        self.characters = characters
    }

    private var atEnd: Bool { position == characters.endIndex }
    private var current: Character { atEnd ? "\0" : characters[position] }

    /// Whether `brace` stands here twice (`{{` or `}}`).
    private func atDoubled(_ brace: Character) -> Bool {
        current == brace && position + 1 < characters.endIndex && characters[position + 1] == brace
    }

    /// The nodes up to the closing tag of `closing` (or the end of the text
    /// when nil), `newLine` telling whether the first tag may be standalone.
    private mutating func block(closing: String?, newLine startsLine: Bool) throws(Refusal) -> [CompiledTemplate.Node] {
        var nodes: [CompiledTemplate.Node] = []
        var newLine = startsLine
        var indentation = ""
        while !atEnd {
            if newLine { indentation = read(while: { $0 == " " || $0 == "\t" }) }
            let text = readTextBeforeTagOrLineBreak()
            if current.isNewline {
                nodes.append(.text(Array((indentation + text + String(current)).utf8)))
                newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array((indentation + text).utf8)))
                indentation = ""
                newLine = false
            }
            if atEnd { break }
            var standalone = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let (name, lookup) = try tagName()
                if isStandalone(newLine) {
                    standalone = true
                } else {
                    flush(&indentation, into: &nodes)
                }
                let body = try block(closing: name, newLine: standalone)
                nodes.append(.section(lookup, inverted: inverted, body: body))
            case "/":
                position += 1
                let (name, _) = try tagName()
                guard name == closing else { throw Refusal(description: "{{/\(name)}} closes no open section") }
                if !isStandalone(newLine) { flush(&indentation, into: &nodes) }
                return nodes
            case "!":
                position += 1
                try skipComment()
                standalone = isStandalone(newLine)
            case "%":
                position += 1
                try contentTypePragma()
                standalone = isStandalone(newLine)
            case "{", "&":
                let triple = current == "{"
                flush(&indentation, into: &nodes)
                position += 1
                let (_, lookup) = try tagName()
                if triple {
                    guard current == "}" else { throw Refusal(description: "a triple mustache is not closed") }
                    position += 1
                }
                nodes.append(.variable(lookup, escaped: false))
            case ">":
                position += 1
                _ = read(while: \.isWhitespace)
                let name = read(while: Self.isPartialNameCharacter)
                _ = read(while: \.isWhitespace)
                try closeTag()
                standalone = isStandalone(newLine)
                guard !standalone || indentation.isEmpty else {
                    throw Refusal(description: "the partial {{> \(name)}} is indented")
                }
                flush(&indentation, into: &nodes)
                nodes.append(.partial(name))
            case "=", "<", "$":
                throw Refusal(description: "{{\(current)…}} tags are not supported by the compiled renderer")
            default:
                flush(&indentation, into: &nodes)
                let (_, lookup) = try tagName()
                nodes.append(.variable(lookup, escaped: true))
            }
            newLine = standalone
        }
        guard closing == nil else { throw Refusal(description: "{{#\(closing ?? "")}} is never closed") }
        return nodes
    }

    /// Emits the indentation kept before a tag that is not standalone.
    private func flush(_ indentation: inout String, into nodes: inout [CompiledTemplate.Node]) {
        if !indentation.isEmpty { nodes.append(.text(Array(indentation.utf8))) }
        indentation = ""
    }

    /// Text up to a line break (not consumed) or past the next `{{`.
    private mutating func readTextBeforeTagOrLineBreak() -> String {
        var text = ""
        while !atEnd {
            text += read(while: { $0 != "{" && $0 != "\n" && $0 != "\r\n" })
            if current == "\n" || current == "\r\n" || atEnd { break }
            if atDoubled("{") {
                position += 2
                break
            }
            text.append("{")
            position += 1
        }
        return text
    }

    /// Whether a tag just read stands alone on its line: it started one
    /// (`newLine`) and only spaces or tabs follow before the line break,
    /// which is then consumed, or the end of the text.
    private mutating func isStandalone(_ newLine: Bool) -> Bool {
        guard newLine else { return false }
        if atEnd { return true }
        var lookahead = position
        while lookahead < characters.endIndex, characters[lookahead] == " " || characters[lookahead] == "\t" { lookahead += 1 }
        guard lookahead < characters.endIndex, characters[lookahead].isNewline else { return false }
        position = lookahead + 1
        return true
    }

    /// A tag's name (`minusone(count)`) and what it looks up.
    private mutating func tagName() throws(Refusal) -> (String, CompiledTemplate.Lookup) {
        _ = read(while: \.isWhitespace)
        let name = read(while: Self.isNameCharacter)
        _ = read(while: \.isWhitespace)
        try closeTag()
        return (name, try Self.lookup(name))
    }

    /// `equalzero(minusone(count))` → the path `count` and its transforms, innermost first.
    private static func lookup(_ name: String) throws(Refusal) -> CompiledTemplate.Lookup {
        var parts = name.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
        let variable = parts.removeLast()
        let closing = variable.drop { $0 != ")" }
        guard closing.allSatisfy({ $0 == ")" }), closing.count == parts.count else {
            throw Refusal(description: "{{\(name)}} is not a valid name")
        }
        var transforms: [CompiledTemplate.Transform] = []
        for part in parts.reversed() {
            guard let transform = CompiledTemplate.Transform(rawValue: part) else {
                throw Refusal(description: "the transform \(part) is not supported by the compiled renderer")
            }
            transforms.append(transform)
        }
        let path = String(variable.prefix { $0 != ")" })
        guard !path.isEmpty else { throw Refusal(description: "{{\(name)}} names nothing") }
        var names = path.split(separator: ".").map(String.init)
        let first = path.first == "." || names.isEmpty ? nil : names.removeFirst()
        return CompiledTemplate.Lookup(first: first, rest: names, transforms: transforms)
    }

    private mutating func closeTag() throws(Refusal) {
        guard atDoubled("}") else {
            throw Refusal(description: "a tag is not closed with }}")
        }
        position += 2
    }

    private mutating func skipComment() throws(Refusal) {
        while !atEnd {
            if atDoubled("}") {
                position += 2
                return
            }
            position += 1
        }
        throw Refusal(description: "a comment is not closed with }}")
    }

    private mutating func contentTypePragma() throws(Refusal) {
        _ = read(while: \.isWhitespace)
        let variable = read(while: Self.isPragmaCharacter)
        _ = read(while: \.isWhitespace)
        guard variable == "CONTENT_TYPE", current == ":" else { throw Refusal(description: "only the CONTENT_TYPE pragma is supported") }
        position += 1
        _ = read(while: \.isWhitespace)
        let value = read(while: Self.isPragmaCharacter)
        _ = read(while: \.isWhitespace)
        try closeTag()
        guard value == HTMLEscaper.name || value == "HTML" else {
            throw Refusal(description: "the content type \(value) is not supported by the compiled renderer")
        }
    }

    private mutating func read(while belongs: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, belongs(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    private static func isPragmaCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ".-_?*".contains(character))
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        isPragmaCharacter(character) || character == "(" || character == ")"
    }

    private static func isPartialNameCharacter(_ character: Character) -> Bool {
        isNameCharacter(character) || character == "/"
    }
}
