/// Quoting the user's own words back in messages, kept to a readable length.
enum Quote {
    /// `text` on one line, cut to `limit` characters with an ellipsis.
    static func short(_ text: String, limit: Int = 60) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard oneLine.count > limit else { return oneLine }
        return String(oneLine.prefix(limit - 1)) + "…"
    }
}
