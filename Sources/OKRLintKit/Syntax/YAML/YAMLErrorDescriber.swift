import Foundation
import CYAML

/// Turns libyaml's terse error state into a located `syntax/yaml` diagnostic
/// whose message says what is wrong in plain words and how to fix it.
struct YAMLErrorDescriber {
    let file: SourceFile

    func diagnostic(for parser: yaml_parser_t) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        if parser.error == YAML_READER_ERROR {
            let start = file.position(ofByteOffset: Int(parser.problem_offset))
            return Diagnostic(
                rule: "syntax/yaml", span: oneCharacter(at: start),
                message: "\(problem): U+\(String(format: "%04X", Int(parser.problem_value))) cannot appear in YAML text; remove it")
        }
        let start = position(parser.problem_mark)
        let context = parser.context.map { String(cString: $0) }
        let contextStart = position(parser.context_mark)
        return Diagnostic(
            rule: "syntax/yaml", span: oneCharacter(at: start),
            message: describe(problem: problem, at: start, context: context, contextStart: contextStart))
    }

    private func describe(problem: String, at start: SourcePosition, context: String?, contextStart: SourcePosition) -> String {
        let opened = "line \(contextStart.line), column \(contextStart.column)"
        switch problem {
        case "found character that cannot start any token", "found a tab character that violates indentation",
             "found a tab character where an indentation space is expected":
            if character(at: start) == "\t" {
                return "a tab character cannot indent YAML; indent with spaces"
            }
            return "'\(character(at: start) ?? "?")' cannot start a YAML value; put the value in quotes"
        case "mapping values are not allowed in this context":
            return "unexpected ':'; quote a value that contains ': ', and align each key with the keys beside it"
        case "did not find expected key":
            return "expected a key here; check the indentation of this line against the lines above (\(contextPhrase(context)) at \(opened))"
        case "could not find expected ':'":
            return "expected ':' after the key that starts at \(opened); a value running over several lines must be quoted or written as a block (|)"
        case "found unexpected end of stream":
            if let context, context.contains("quoted scalar") {
                return "the quoted text opened at \(opened) is never closed; add the closing quote"
            }
            return "the file ends in the middle of a value (\(contextPhrase(context)) at \(opened))"
        case "did not find expected node content":
            return "a value is missing here (\(contextPhrase(context)) at \(opened))"
        case "did not find expected '-' indicator":
            return "expected a list item ('- ') at this indentation (the list starts at \(opened)); align the items"
        case "did not find expected ',' or ']'":
            return "the list opened with '[' at \(opened) is not closed; add ']' or a ',' between items"
        case "did not find expected ',' or '}'":
            return "the mapping opened with '{' at \(opened) is not closed; add '}' or a ',' between entries"
        case "found unknown escape character":
            return "unknown escape sequence in double-quoted text; write '\\\\' for a backslash or use single quotes"
        default:
            if let context { return "\(problem) (\(contextPhrase(context)) at \(opened))" }
            return problem
        }
    }

    private func contextPhrase(_ context: String?) -> String {
        guard let context else { return "in the value" }
        return context.replacingOccurrences(of: "while ", with: "").replacingOccurrences(of: "scanning", with: "reading")
            .replacingOccurrences(of: "parsing", with: "reading")
            .replacingOccurrences(of: "a block mapping", with: "the mapping")
            .replacingOccurrences(of: "a block collection", with: "the list")
            .replacingOccurrences(of: "a simple key", with: "a key")
            .replacingOccurrences(of: "a flow node", with: "a value")
            .replacingOccurrences(of: "a block node", with: "a value")
            .replacingOccurrences(of: "opened", with: "started")
            + " that started"
    }

    private func character(at position: SourcePosition) -> Character? {
        let offset = file.byteOffset(of: position)
        guard offset < file.bytes.count else { return nil }
        return String(decoding: file.bytes[offset...].prefix(4), as: UTF8.self).first
    }

    private func oneCharacter(at start: SourcePosition) -> SourceSpan {
        let lineLength = file.scalarCount(ofLine: start.line)
        let end = start.column <= lineLength ? SourcePosition(line: start.line, column: start.column + 1) : start
        return SourceSpan(start: start, end: end)
    }

    private func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }
}
