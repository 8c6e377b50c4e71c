import Testing
@testable import OKRLintKit

@Suite struct ValueTextTests {
    @Test func collapsingSpacesKeepsOneSpaceBetweenWordsAndNoneAtTheEnds() {
        #expect(ValueText.collapseSpaces("consecutive days") == "consecutive days")
        #expect(ValueText.collapseSpaces(" consecutive   days ") == "consecutive days")
        #expect(ValueText.collapseSpaces("\tconsecutive\r\n\u{0B}\u{0C}days\n") == "consecutive days")
        #expect(ValueText.collapseSpaces(Substring("  readings")) == "readings")
        #expect(ValueText.collapseSpaces(" \t ") == "")
        #expect(ValueText.collapseSpaces("") == "")
    }

    @Test func collapsingSpacesTreatsUnicodeSpacesAsSpacesOutsideASCII() {
        #expect(ValueText.collapseSpaces("jours\u{00A0}\u{00A0}ouvrés ") == "jours ouvrés")
        #expect(ValueText.collapseSpaces(" Tage \u{2003} in Folge") == "Tage in Folge")
        // Control characters that are not white space stay, as in any text.
        #expect(ValueText.collapseSpaces("a \u{1F} b") == "a \u{1F} b")
    }
}
