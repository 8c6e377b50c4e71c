/// The item ids of one plan as the workspace index keeps them: one text of
/// ids separated by single spaces (an id never holds white space). Reading
/// the index cache then makes one string per plan instead of one per id, and
/// a run that lints one file never splits the lists of the others unless a
/// reference sends it there.
public struct ItemIDList: Sendable, Equatable {
    /// The ids in document order, separated by single spaces.
    public let text: String

    public init(_ ids: [String]) {
        text = ids.joined(separator: " ")
    }

    /// A list from its text as `text` gives it (the index cache stores that).
    init(text: String) {
        self.text = text
    }

    public var isEmpty: Bool { text.isEmpty }

    /// The ids in document order.
    public var ids: [String] {
        text.split(separator: " ").map(String.init)
    }

    /// Whether `id` is one of the ids, found in the text without splitting it.
    public func contains(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        let text = text.utf8
        let target = id.utf8
        var start = text.startIndex
        while start < text.endIndex {
            let end = text[start...].firstIndex(of: UInt8(ascii: " ")) ?? text.endIndex
            if text[start..<end].elementsEqual(target) { return true }
            start = end < text.endIndex ? text.index(after: end) : end
        }
        return false
    }
}
