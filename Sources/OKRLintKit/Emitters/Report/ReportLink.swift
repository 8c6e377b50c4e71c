/// Which texts from a goal file may become links in a report. Only `http:` and
/// `https:` addresses and relative paths qualify (`docs/policy.md`,
/// `../evidence/q4.pdf`); anything else — `javascript:`, `data:`, `//host`,
/// text with spaces or control characters — stays plain text.
enum ReportLink {
    /// The address `text` may link to, or nil when it must stay text.
    static func href(for text: String) -> String? {
        let trimmed = ValueText.trim(text)
        guard !trimmed.isEmpty,
              !trimmed.unicodeScalars.contains(where: { $0.isWhiteSpace || $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("https://") || lowered.hasPrefix("http://") {
            return trimmed.count > "https://".count ? trimmed : nil
        }
        return isRelativePath(trimmed) ? trimmed : nil
    }

    /// `{"text": …, "href": … or null}` for an evidence or source field.
    static func json(_ field: Located<String>?) -> JSONValue {
        guard let field else { return .null }
        return .object([("text", .string(field.value)), ("href", href(for: field.value).map(JSONValue.string) ?? .null)])
    }

    /// A path without a scheme or host that names a file or folder: it holds a
    /// `/` or ends in a file extension, and no `:` comes before its first `/`.
    private static func isRelativePath(_ text: String) -> Bool {
        guard !text.hasPrefix("//"), !text.hasPrefix("\\") else { return false }
        let beforeSlash = text.prefix { $0 != "/" }
        guard !beforeSlash.contains(":") else { return false }
        if text.contains("/") { return true }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let ext = parts.last, !parts[parts.count - 2].isEmpty else { return false }
        return (1...5).contains(ext.count) && ext.allSatisfy { $0.isASCII && $0.isLetter }
    }
}
