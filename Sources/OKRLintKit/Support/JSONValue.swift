/// A JSON document whose objects keep their keys in the order they were
/// written, so outputs are stable and read the way the spec shows them.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// The value of `key` in an object, nil otherwise.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// Compact serialisation on one line.
    public func compact() -> String {
        var output = ""
        write(to: &output, indent: nil, level: 0, inParallel: false)
        return output
    }

    /// Serialisation with two-space indentation and a final newline. Long
    /// arrays of containers (a report's plans, a run's findings) are written
    /// on all cores, each element into its own text, then joined in order.
    public func pretty() -> String {
        var output = ""
        write(to: &output, indent: "  ", level: 0, inParallel: true)
        output.append("\n")
        return output
    }

    /// Arrays at least this long, of containers, are written in parallel.
    private static let parallelArrayLength = 16

    private func write(to output: inout String, indent: String?, level: Int, inParallel: Bool) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .integer(let value): output.append(String(value))
        case .number(let value): output.append(JSONValue.format(value))
        case .string(let value): JSONValue.writeString(value, to: &output)
        case .array(let items):
            let indent = JSONValue.fitsOnOneLine(items) ? nil : indent
            guard inParallel, indent != nil, items.count >= JSONValue.parallelArrayLength else {
                return JSONValue.writeContainer(
                    count: items.count, open: "[", close: "]", to: &output, indent: indent, level: level
                ) { index, output in
                    items[index].write(to: &output, indent: indent, level: level + 1, inParallel: inParallel)
                }
            }
            let texts = ParallelMap.map(items) { item in
                var text = ""
                item.write(to: &text, indent: indent, level: level + 1, inParallel: false)
                return text
            }
            let separators = texts.count * (2 + (level + 1) * (indent?.utf8.count ?? 0))
            output.reserveCapacity(output.utf8.count + texts.reduce(separators) { $0 + $1.utf8.count } + 2)
            JSONValue.writeContainer(count: texts.count, open: "[", close: "]", to: &output, indent: indent, level: level) {
                $1.append(texts[$0])
            }
        case .object(let members):
            let indent = JSONValue.fitsOnOneLine(members.map(\.1)) ? nil : indent
            JSONValue.writeContainer(count: members.count, open: "{", close: "}", to: &output, indent: indent, level: level) {
                index, output in
                JSONValue.writeString(members[index].0, to: &output)
                output.append(": ")
                members[index].1.write(to: &output, indent: indent, level: level + 1, inParallel: inParallel)
            }
        }
    }

    /// `open`, the `count` entries written by `entry` and separated (one per
    /// line when `indent` is given), then `close`.
    private static func writeContainer(
        count: Int, open: String, close: String, to output: inout String, indent: String?, level: Int,
        entry: (Int, inout String) -> Void
    ) {
        output.append(open)
        guard count > 0 else { return output.append(close) }
        let separator = indent.map { ",\n" + String(repeating: $0, count: level + 1) } ?? ", "
        if let indent { output.append("\n" + String(repeating: indent, count: level + 1)) }
        for index in 0..<count {
            if index > 0 { output.append(separator) }
            entry(index, &output)
        }
        if let indent { output.append("\n" + String(repeating: indent, count: level)) }
        output.append(close)
    }

    /// Small containers of plain values (positions, summaries, short lists) read best on one line.
    private static func fitsOnOneLine(_ values: [JSONValue]) -> Bool {
        var length = 0
        for value in values {
            switch value {
            case .array, .object: return false
            case .string(let text) where text.utf8.count > 60 && text.count > 60: return false
            default: length += value.compact().count + 2
            }
            if length > 60 { return false }
        }
        return true
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    private static func writeString(_ value: String, to output: inout String) {
        output.append("\"")
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            // Nothing to escape (U+2028 and U+2029 start with the byte E2): append it whole.
            output.append(value)
            output.append("\"")
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case let control where control.value < 0x20 || control.value == 0x2028 || control.value == 0x2029:
                let hex = String(control.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
