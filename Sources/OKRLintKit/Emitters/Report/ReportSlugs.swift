/// File-name-safe, unique names for plan pages (`cx-2026-q4` → `cx-2026-q4.html`).
struct ReportSlugs {
    private var taken: Set<String> = ["index"]

    /// A slug for `planID`: lower-case letters, digits, `-` and `_`, other
    /// characters as `-`; `plan` when nothing is left; a number added when the
    /// slug is taken (`index` is, by the index page).
    mutating func claim(for planID: String) -> String {
        let mapped = planID.lowercased().map { character -> Character in
            character.isASCII && (character.isLetter || character.isNumber || character == "_") ? character : "-"
        }
        let collapsed = String(mapped).split(separator: "-").joined(separator: "-")
        let base = collapsed.isEmpty ? "plan" : String(collapsed.prefix(80))
        var slug = base
        var number = 2
        while taken.contains(slug) {
            slug = "\(base)-\(number)"
            number += 1
        }
        taken.insert(slug)
        return slug
    }
}
