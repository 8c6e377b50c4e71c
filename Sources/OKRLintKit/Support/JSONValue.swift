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
        var output = JSONOutput()
        write(to: &output, indent: nil, level: 0, inParallel: false)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// Serialisation with two-space indentation and a final newline.
    public func pretty() -> String {
        String(decoding: prettyPieces().joined(), as: UTF8.self)
    }

    /// `pretty()` as UTF-8 pieces to write in order. Long arrays of
    /// containers (a report's plans, a run's findings) are written on all
    /// cores, each element into a piece of its own, never joined.
    public func prettyPieces() -> [[UInt8]] {
        var output = JSONOutput()
        output.bytes.reserveCapacity(1 << 12)
        write(to: &output, indent: Array("  ".utf8), level: 0, inParallel: true)
        output.bytes.append(UInt8(ascii: "\n"))
        return output.pieces + [output.bytes]
    }

    /// Arrays at least this long, of containers, are written in parallel.
    private static let parallelArrayLength = 16

    private func write(to output: inout JSONOutput, indent: [UInt8]?, level: Int, inParallel: Bool) {
        switch self {
        case .null: output.bytes += "null".utf8
        case .bool(let value): output.bytes += (value ? "true" : "false").utf8
        case .integer(let value): output.bytes += String(value).utf8
        case .number(let value): output.bytes += JSONValue.format(value).utf8
        case .string(let value): JSONValue.writeString(value, to: &output.bytes)
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
                var text = JSONOutput()
                item.write(to: &text, indent: indent, level: level + 1, inParallel: false)
                return text.bytes
            }
            JSONValue.writeContainer(count: texts.count, open: "[", close: "]", to: &output, indent: indent, level: level) {
                $1.splice(texts[$0])
            }
        case .object(let members):
            let indent = JSONValue.fitsOnOneLine(members.lazy.map(\.1)) ? nil : indent
            JSONValue.writeContainer(count: members.count, open: "{", close: "}", to: &output, indent: indent, level: level) {
                index, output in
                JSONValue.writeString(members[index].0, to: &output.bytes)
                output.bytes += ": ".utf8
                members[index].1.write(to: &output, indent: indent, level: level + 1, inParallel: inParallel)
            }
        }
    }

    /// `open`, the `count` entries written by `entry` and separated (one per
    /// line when `indent` is given), then `close`.
    private static func writeContainer(
        count: Int, open: Unicode.Scalar, close: Unicode.Scalar, to output: inout JSONOutput, indent: [UInt8]?, level: Int,
        entry: (Int, inout JSONOutput) -> Void
    ) {
        output.bytes.append(UInt8(ascii: open))
        guard count > 0 else { return output.bytes.append(UInt8(ascii: close)) }
        func newLine(depth: Int) {
            output.bytes.append(UInt8(ascii: "\n"))
            for _ in 0..<depth { output.bytes += indent ?? [] }
        }
        if indent != nil { newLine(depth: level + 1) }
        for index in 0..<count {
            if index > 0 {
                output.bytes.append(UInt8(ascii: ","))
                if indent != nil { newLine(depth: level + 1) } else { output.bytes.append(UInt8(ascii: " ")) }
            }
            entry(index, &output)
        }
        if indent != nil { newLine(depth: level) }
        output.bytes.append(UInt8(ascii: close))
    }

    /// Small containers of plain values (positions, summaries, short lists) read best on one line.
    private static func fitsOnOneLine(_ values: some Sequence<JSONValue>) -> Bool {
        var length = 0
        for value in values {
            switch value {
            case .array, .object: return false
            case .string(let text) where text.utf8.count > 60 && text.count > 60: return false
            default: length += value.compactLength + 2
            }
            if length > 60 { return false }
        }
        return true
    }

    /// The number of characters of `compact()` for a value other than a
    /// container, without writing it when it is plain ASCII.
    private var compactLength: Int {
        switch self {
        case .null: return 4
        case .bool(let value): return value ? 4 : 5
        case .integer(let value): return String(value).utf8.count
        case .number(let value): return JSONValue.format(value).utf8.count
        case .string(let text) where text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x80 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }):
            return text.utf8.count + 2
        default: return compact().count
        }
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    private static func writeString(_ value: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            // Nothing to escape (U+2028 and U+2029 start with the byte E2): append it whole.
            output += value.utf8
            output.append(UInt8(ascii: "\""))
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\"".utf8
            case "\\": output += "\\\\".utf8
            case "\n": output += "\\n".utf8
            case "\r": output += "\\r".utf8
            case "\t": output += "\\t".utf8
            case let control where control.value < 0x20 || control.value == 0x2028 || control.value == 0x2029:
                let hex = String(control.value, radix: 16)
                output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: UTF8.encode(scalar) { output.append($0) }
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// Serialised JSON in the making: the bytes being written, after the pieces
/// already finished (elements written on other cores are spliced in whole).
private struct JSONOutput {
    var pieces: [[UInt8]] = []
    var bytes: [UInt8] = []

    /// Ends the bytes written so far as a piece, then adds `piece` after it.
    mutating func splice(_ piece: [UInt8]) {
        pieces.append(bytes)
        pieces.append(piece)
        bytes = []
        bytes.reserveCapacity(1 << 10)
    }
}
