import Testing
@testable import OKRLintKit

@Suite struct ItemReferenceTests {
    @Test func bareIdsLeaveTheKindOpen() throws {
        let reference = try #require(ItemReference.parse(" fewer-repeat-changes ").parsed)
        #expect(reference.raw == "fewer-repeat-changes")
        #expect(reference.isBare && reference.plan == nil && reference.item == nil)
        #expect(ItemReference.parse("company-2026").parsed?.isBare == true)
        #expect(reference.description == "fewer-repeat-changes")
    }

    @Test func qualifiedReferences() throws {
        let reference = try #require(ItemReference.parse("company-2026#retention").parsed)
        #expect(!reference.isBare && reference.plan == "company-2026" && reference.item == "retention")
        #expect(reference.raw == "company-2026#retention")
        let pathPlan = try #require(ItemReference.parse("goals/eng.v2#aht_weekly").parsed)
        #expect(pathPlan.plan == "goals/eng.v2" && pathPlan.item == "aht_weekly")
    }

    @Test func idsMayUseAnyScript() {
        #expect(ItemID.isValid("équipe-ventes"))
        #expect(ItemID.isValid("目標-1"))
        #expect(ItemID.parse(" aht ").parsed == "aht")
    }

    @Test func errors() {
        #expect(ItemReference.parse("").formError == "expected an id such as fewer-repeat-changes, found nothing")
        #expect(ItemReference.parse("   ").formError == "expected an id such as fewer-repeat-changes, found nothing")
        let spaces = "an id cannot contain spaces: join words with '-', as in fewer-repeat-changes"
        #expect(ItemReference.parse("fewer repeat changes").formError == spaces)
        #expect(ItemReference.parse("company-2026 #retention").formError == spaces)
        #expect(ItemReference.parse("a#b#c").formError == "a reference has at most one '#', as in company-2026#retention")
        let bothSides = "a reference needs an id on both sides of '#', as in company-2026#retention"
        #expect(ItemReference.parse("#aht").formError == bothSides)
        #expect(ItemReference.parse("company-2026#").formError == bothSides)
        #expect(ItemReference.parse("aht!").formError
            == "an id may contain only letters, digits, '.', '_', '/' and '-', found '!'")
        #expect(ItemID.parse("a#b").formError
            == "an id cannot contain '#', which separates a plan id from an item id (plan-id#item-id)")
        #expect(!ItemID.isValid("a b") && !ItemID.isValid("") && !ItemID.isValid("a:b"))
    }
}
