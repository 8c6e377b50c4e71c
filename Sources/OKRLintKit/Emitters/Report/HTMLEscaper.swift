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
        let bytes = text.utf8
        guard bytes.contains(where: Self.needsEscaping) else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): escaped += Array("&amp;".utf8)
            case UInt8(ascii: "<"): escaped += Array("&lt;".utf8)
            case UInt8(ascii: ">"): escaped += Array("&gt;".utf8)
            case UInt8(ascii: "\""): escaped += Array("&quot;".utf8)
            case UInt8(ascii: "'"): escaped += Array("&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
