@testable import OKRLintKit

/// Converts a YAML node tree to JSON the way YAML 1.2's core schema types
/// plain scalars (what editors' YAML language servers do before applying a
/// JSON Schema): integers, floats, booleans and null; everything else is a string.
enum YAMLToJSON {
    static func convert(_ node: YAMLNode) -> JSONValue {
        switch node.content {
        case .mapping(let pairs):
            return .object(pairs.map { ($0.key.scalar ?? "", convert($0.value)) })
        case .sequence(let items):
            return .array(items.map(convert))
        case .scalar(let text, let style):
            guard style == .plain, node.tag == nil else { return .string(text) }
            return plainScalar(text)
        }
    }

    private static func plainScalar(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if let integer = Int(text) { return .integer(integer) }
        let floatCharacters = Set("0123456789.-+eE")
        if text.allSatisfy(floatCharacters.contains), text.contains(where: \.isNumber), let number = Double(text) {
            return .number(number)
        }
        return .string(text)
    }
}
