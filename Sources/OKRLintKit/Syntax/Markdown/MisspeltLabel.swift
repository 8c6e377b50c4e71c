/// Tells a misspelt label in an objective's prose (`Onwer: sam`,
/// `Alings to: x`) from prose that happens to hold a colon (`Note: this
/// matters because…`): the text before the colon is one or two words of
/// letters, and it is within two edits of a label the line could have meant
/// (one edit when that label has three letters or fewer, `Id` and `Why`, so
/// that `To:` or `Re:` stay prose). Such a line is a field with an unknown
/// key, which the schema reports with the closest label, and not rationale.
enum MisspeltLabel {
    /// Whether `written` (the text before the colon) misspells one of `labels`.
    static func isMisspelt(_ written: String, among labels: [String]) -> Bool {
        let words = written.split(separator: " ")
        guard (1...2).contains(words.count),
              words.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.isAlphabetic || $0 == "_" } }) else { return false }
        let lowered = words.joined(separator: " ").lowercased()
        return labels.contains { label in
            let distance = Suggestions.editDistance(lowered, label.lowercased())
            return distance > 0 && distance <= (label.count <= 3 ? 1 : 2)
        }
    }
}
