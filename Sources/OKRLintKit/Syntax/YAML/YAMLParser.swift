import CYAML

/// The YAML front end: pulls libyaml's events for one file and turns them into
/// a `YAMLDocument` with exact spans, comments and located problems.
public enum YAMLParser {
    /// Parses `file`, which must already have passed `EncodingCheck`.
    public static func parse(_ file: SourceFile, limits: YAMLLimits = .standard) -> YAMLDocument {
        var session = ParseSession(file: file, limits: limits)
        session.run()
        let diagnostics = session.builder.diagnostics + session.stopDiagnostics
        let unusable = diagnostics.contains { $0.rule.hasPrefix("syntax/") }
        return YAMLDocument(
            root: unusable ? nil : session.builder.root,
            comments: unusable ? [] : CommentScanner.comments(in: file, scalarSpans: session.scalarSpans),
            diagnostics: diagnostics)
    }
}

/// One pass of libyaml over a file.
private struct ParseSession {
    let file: SourceFile
    var builder: YAMLTreeBuilder
    /// Raw spans of every scalar, in document order, for the comment scanner.
    var scalarSpans: [SourceSpan] = []
    var stopDiagnostics: [Diagnostic] = []
    private var documents = 0
    /// For each open collection, whether it is written in flow style (`[…]`, `{…}`).
    private var openIsFlow: [Bool] = []

    init(file: SourceFile, limits: YAMLLimits) {
        self.file = file
        builder = YAMLTreeBuilder(limits: limits)
        scalarSpans.reserveCapacity(file.bytes.count / 32)  // goal files hold a scalar every 20–60 bytes
    }

    mutating func run() {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            fail(Diagnostic(rule: "syntax/yaml", span: .fileStart, message: "the YAML parser could not start (out of memory)"))
            return
        }
        defer { yaml_parser_delete(&parser) }
        file.bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    fail(YAMLErrorDescriber(file: file).diagnostic(for: parser))
                    return
                }
                defer { yaml_event_delete(&event) }
                do {
                    if try !handle(event) { return }
                } catch YAMLTreeBuilder.Stop.limitReached(let diagnostic) {
                    fail(diagnostic)
                    return
                } catch {
                    return
                }
            }
        }
    }

    private mutating func fail(_ diagnostic: Diagnostic) {
        stopDiagnostics.append(diagnostic)
    }

    /// Handles one event; returns false at the end of the stream.
    private mutating func handle(_ event: yaml_event_t) throws -> Bool {
        let start = position(event.start_mark)
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return false
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(Diagnostic(
                    rule: "syntax/yaml", span: SourceSpan(start: start, end: position(event.end_mark)),
                    message: "a goal file holds one YAML document, and a second one starts here; move it to a file of its own"))
                return false
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = string(data.value, length: data.length)
            let rawSpan = SourceSpan(start: start, end: position(event.end_mark))
            scalarSpans.append(rawSpan)
            let style = scalarStyle(data.style)
            builder.scalar(
                text, style: style, tag: optionalString(data.tag), anchor: optionalString(data.anchor),
                span: trimmedSpan(rawSpan, style: style))
        case YAML_ALIAS_EVENT:
            let name = optionalString(event.data.alias.anchor) ?? ""
            try builder.alias(name, span: SourceSpan(start: start, end: position(event.end_mark)))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            openIsFlow.append(data.style == YAML_FLOW_SEQUENCE_STYLE)
            try builder.openCollection(
                isMapping: false, tag: optionalString(data.tag), anchor: optionalString(data.anchor), start: start)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            openIsFlow.append(data.style == YAML_FLOW_MAPPING_STYLE)
            try builder.openCollection(
                isMapping: true, tag: optionalString(data.tag), anchor: optionalString(data.anchor), start: start)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            let isFlow = openIsFlow.popLast() ?? false
            builder.closeCollection(end: isFlow && closesFlowCollection(event) ? position(event.end_mark) : nil)
        default:
            break
        }
        return true
    }

    /// Flow collections end with `]` or `}`, whose end mark is the collection's end.
    private func closesFlowCollection(_ event: yaml_event_t) -> Bool {
        let offset = file.byteOffset(of: position(event.start_mark))
        guard offset < file.bytes.count else { return false }
        let byte = file.bytes[offset]
        return byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}")
    }

    /// Block scalars end where the next token starts; pull the end back to the
    /// last character of their content.
    private func trimmedSpan(_ span: SourceSpan, style: ScalarStyle) -> SourceSpan {
        guard style == .literal || style == .folded, span.end.line > span.start.line else { return span }
        var line = span.end.column == 1 ? span.end.line - 1 : span.end.line
        while line > span.start.line, file.text(ofLine: line).allSatisfy({ $0 == " " || $0 == "\t" }) {
            line -= 1
        }
        let end = SourcePosition(line: line, column: file.scalarCount(ofLine: line) + 1)
        return SourceSpan(start: span.start, end: min(end, span.end))
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func scalarStyle(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private func optionalString(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
