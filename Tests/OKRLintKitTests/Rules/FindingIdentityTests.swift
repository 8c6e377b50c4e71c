import Testing
@testable import OKRLintKit

/// Items without an id are identified by a hash of their title, with white
/// space folded, so baselines survive re-wrapping a title.
@Suite struct FindingIdentityTests {
    @Test func titleHashIsFNV1aOfTheFoldedText() {
        #expect(FindingIdentity.hash("Ship the fix") == "2638455b13157df7")
    }

    @Test(arguments: ["  Ship  the\tfix \n", "Ship\r\nthe fix", "\u{0B}Ship the\u{0C}fix"])
    func whiteSpaceRunsFoldToOneSpace(_ text: String) {
        #expect(FindingIdentity.hash(text) == FindingIdentity.hash("Ship the fix"))
    }

    @Test func nonASCIITextFoldsTheSameWay() {
        #expect(FindingIdentity.hash(" 出荷\u{3000}🚀  time ") == FindingIdentity.hash("出荷 🚀 time"))
        #expect(FindingIdentity.hash("Ship the fix\u{00A0}") == FindingIdentity.hash("Ship the fix"))
    }
}
