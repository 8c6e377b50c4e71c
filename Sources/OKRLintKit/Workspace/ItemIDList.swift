import Foundation

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

    /// Whether `id` is one of the ids, found in the text's bytes without splitting it.
    public func contains(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        var text = text
        var id = id
        return text.withUTF8 { haystack in
            id.withUTF8 { needle in
                var start = 0
                while start < haystack.count {
                    var end = start
                    while end < haystack.count, haystack[end] != UInt8(ascii: " ") { end += 1 }
                    if end - start == needle.count, memcmp(haystack.baseAddress! + start, needle.baseAddress!, needle.count) == 0 {
                        return true
                    }
                    start = end + 1
                }
                return false
            }
        }
    }
}
