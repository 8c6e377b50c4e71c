@testable import OKRLintKit
import Testing

/// The index keeps a plan's item ids as one text; looking an id up must
/// match whole ids only, wherever they stand in the list.
@Suite struct ItemIDListTests {
    @Test func findsWholeIdsOnly() {
        let list = ItemIDList(["kr-1", "kr-10", "objective-a", "x"])
        #expect(list.contains("kr-1") && list.contains("kr-10") && list.contains("objective-a") && list.contains("x"))
        #expect(!list.contains("kr"))
        #expect(!list.contains("kr-100"))
        #expect(!list.contains("objective"))
        #expect(!list.contains("10"))
        #expect(!list.contains(""))
        #expect(!list.contains("kr-1 kr-10"))
    }

    @Test func keepsTheIdsInOrderThroughItsText() {
        let list = ItemIDList(["b", "a", "c"])
        #expect(list.text == "b a c")
        #expect(ItemIDList(text: list.text).ids == ["b", "a", "c"])
        #expect(ItemIDList([]).isEmpty && ItemIDList([]).ids.isEmpty && !ItemIDList([]).contains("a"))
    }
}
