/// A JSON document whose objects keep their keys in the order they were
/// written, so outputs are stable and read the way the spec shows them.
public enum JSONValue: Sendable, Equatable {
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
        write(to: &output, pretty: false, level: 0, inParallel: false)
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
        write(to: &output, pretty: true, level: 0, inParallel: true)
        output.bytes.append(UInt8(ascii: "\n"))
        return output.finished
    }

    /// The value as `pretty()` writes it when it is nested `level` containers
    /// deep (without the final newline), written on the calling core: a part
    /// of a larger document serialised where it was built.
    public func prettyBytes(level: Int, reserving capacity: Int = 0) -> [UInt8] {
        var output = JSONOutput()
        output.bytes.reserveCapacity(capacity)
        write(to: &output, pretty: true, level: level, inParallel: false)
        return output.bytes  // Written on one core: nothing was spliced in as a piece.
    }

    /// An object as `pretty()` writes one that holds a container, with a
    /// final newline, from its members' values already serialised as pieces
    /// (by `prettyBytes(level: 1)` or `prettyArray(_:level: 1)`).
    public static func prettyObject(_ members: [(String, [[UInt8]])]) -> [[UInt8]] {
        var output = JSONOutput()
        writeContainer(count: members.count, open: "{", close: "}", to: &output, lines: true, level: 0) { index, output in
            writeKey(members[index].0, to: &output.bytes)
            for piece in members[index].1 { output.splice(piece) }
        }
        output.bytes.append(UInt8(ascii: "\n"))
        return output.finished
    }

    /// An array of containers as `pretty()` writes it `level` deep, from its
    /// elements already serialised (by `prettyBytes(level: level + 1)`).
    public static func prettyArray(_ elements: [[UInt8]], level: Int) -> [[UInt8]] {
        var output = JSONOutput()
        writeContainer(count: elements.count, open: "[", close: "]", to: &output, lines: true, level: level) {
            $1.splice(elements[$0])
        }
        return output.finished
    }

    /// A new line indented for each of the first depths.
    private static let lineStarts: [[UInt8]] = (0..<16).map { [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 2 * $0) }

    /// Arrays at least this long, of containers, are written in parallel.
    private static let parallelArrayLength = 16

    /// Writes the value; with `pretty`, containers that do not fit on one line
    /// get one entry per line, indented two spaces a level. Elements are read
    /// in place through buffer pointers: copying each one out of its array
    /// would retain and release it, which was most of the writer's time.
    private func write(to output: inout JSONOutput, pretty: Bool, level: Int, inParallel: Bool) {
        switch self {
        case .null: output.bytes += "null".utf8
        case .bool(let value): output.bytes += (value ? "true" : "false").utf8
        case .integer(let value): output.bytes += String(value).utf8
        case .number(let value): output.bytes += JSONValue.format(value).utf8
        case .string(let value): JSONValue.writeString(value, to: &output.bytes)
        case .array(let items):
            items.withUnsafeBufferPointer { buffer in
                let lines = pretty && !JSONValue.fitsOnOneLine(count: buffer.count) { buffer[$0] }
                guard inParallel, lines, buffer.count >= JSONValue.parallelArrayLength else {
                    return JSONValue.writeContainer(count: buffer.count, open: "[", close: "]", to: &output, lines: lines, level: level) {
                        index, output in
                        buffer[index].write(to: &output, pretty: pretty, level: level + 1, inParallel: inParallel)
                    }
                }
                let texts = ParallelMap.map(items) { item in
                    var text = JSONOutput()
                    item.write(to: &text, pretty: pretty, level: level + 1, inParallel: false)
                    return text.bytes
                }
                JSONValue.writeContainer(count: texts.count, open: "[", close: "]", to: &output, lines: lines, level: level) {
                    $1.splice(texts[$0])
                }
            }
        case .object(let members):
            members.withUnsafeBufferPointer { members in
                let lines = pretty && !JSONValue.fitsOnOneLine(count: members.count) { members[$0].1 }
                JSONValue.writeContainer(count: members.count, open: "{", close: "}", to: &output, lines: lines, level: level) {
                    index, output in
                    JSONValue.writeKey(members[index].0, to: &output.bytes)
                    members[index].1.write(to: &output, pretty: pretty, level: level + 1, inParallel: inParallel)
                }
            }
        }
    }

    /// `open`, the `count` entries written by `entry` and separated (one per
    /// line, indented for `level`, when `lines` is set), then `close`.
    private static func writeContainer(
        count: Int, open: Unicode.Scalar, close: Unicode.Scalar, to output: inout JSONOutput, lines: Bool, level: Int,
        entry: (Int, inout JSONOutput) -> Void
    ) {
        output.bytes.append(UInt8(ascii: open))
        guard count > 0 else { return output.bytes.append(UInt8(ascii: close)) }
        func newLine(depth: Int) {
            if depth < lineStarts.count { return output.bytes += lineStarts[depth] }
            output.bytes.append(UInt8(ascii: "\n"))
            output.bytes += repeatElement(UInt8(ascii: " "), count: 2 * depth)
        }
        if lines { newLine(depth: level + 1) }
        for index in 0..<count {
            if index > 0 {
                output.bytes.append(UInt8(ascii: ","))
                if lines { newLine(depth: level + 1) } else { output.bytes.append(UInt8(ascii: " ")) }
            }
            entry(index, &output)
        }
        if lines { newLine(depth: level) }
        output.bytes.append(UInt8(ascii: close))
    }

    /// Small containers of plain values (positions, summaries, short lists)
    /// read best on one line: whether the `count` values `value(i)` do.
    private static func fitsOnOneLine(count: Int, _ value: (Int) -> JSONValue) -> Bool {
        var length = 0
        for index in 0..<count {
            switch value(index) {
            case .array, .object: return false
            case .string(let text) where text.utf8.count > 60 && text.count > 60: return false
            case let plain: length += plain.compactLength + 2
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

    /// An object member's key and the `: ` before its value.
    private static func writeKey(_ key: String, to output: inout [UInt8]) {
        writeString(key, to: &output)
        output.append(UInt8(ascii: ":"))
        output.append(UInt8(ascii: " "))
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

    /// The pieces and the bytes written after them.
    var finished: [[UInt8]] {
        pieces + [bytes]
    }
}
