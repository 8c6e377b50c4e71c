/// Items joined the way a sentence lists them: "a date", "a date and the evidence",
/// "a date, an owner and the evidence".
enum ListPhrase {
    static func joined(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        let rest = items.dropLast()
        return rest.isEmpty ? last : rest.joined(separator: ", ") + " and " + last
    }
}
