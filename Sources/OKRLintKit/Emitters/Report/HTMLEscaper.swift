import Mustache

/// HTML escaping for the report's templates: `&`, `<`, `>`, `"` and `'`, the
/// characters Mustache's own HTML content type escapes, done on UTF-8 bytes
/// (the library's escaper looks up every character in a dictionary, which
/// dominated rendering a thousand plans). Templates select it with the
/// pragma `{{% CONTENT_TYPE: OKRLINT_HTML}}`; without it Mustache's own applies.
struct HTMLEscaper: MustacheContentType {
    /// The pragma's name for this content type.
    static let name = "OKRLINT_HTML"

    /// Makes the pragma known to the template parser (registering again is harmless).
    static func register() {
        MustacheContentTypes.register(HTMLEscaper(), named: name)
    }

    func escapeText(_ text: String) -> String {
        guard Self.needsEscaping(text) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + 16)
        Self.appendEscaped(text, to: &escaped)
        return String(decoding: escaped, as: UTF8.self)
    }

    /// Appends `text` to `output` with the five characters escaped.
    static func escape(_ text: String, into output: inout [UInt8]) {
        if needsEscaping(text) { appendEscaped(text, to: &output) } else { output += text.utf8 }
    }

    /// Whether `text` holds one of the five characters (scanned over its UTF-8 storage).
    private static func needsEscaping(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsEscaping) } ?? text.utf8.contains(where: needsEscaping)
    }

    private static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output += "&amp;".utf8
            case UInt8(ascii: "<"): output += "&lt;".utf8
            case UInt8(ascii: ">"): output += "&gt;".utf8
            case UInt8(ascii: "\""): output += "&quot;".utf8
            case UInt8(ascii: "'"): output += "&#39;".utf8
            default: output.append(byte)
            }
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
