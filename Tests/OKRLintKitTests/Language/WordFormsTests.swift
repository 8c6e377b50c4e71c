import Testing
@testable import OKRLintKit

@Suite struct WordFormsTests {
    @Test func gerundsFollowEnglishSpelling() {
        #expect(WordForms.gerunds(of: "run").contains("running"))
        #expect(WordForms.gerunds(of: "visit").contains("visiting"))
        #expect(WordForms.gerunds(of: "organise") == ["organising"])
        #expect(WordForms.gerunds(of: "shadow") == ["shadowing"])
    }

    @Test func inflectionsIncludeIrregularPasts() {
        let forms = Set(WordForms.inflections(of: "fall"))
        #expect(forms.isSuperset(of: ["fall", "falls", "falling", "fell", "fallen"]))
        #expect(Set(WordForms.inflections(of: "reply")).isSuperset(of: ["replies", "replied"]))
    }

    @Test func participlesAreRecognisedButNotNounsInEd() {
        for word in ["signed", "written", "rebuilt", "held", "agreed"] {
            #expect(WordForms.isParticiple(word), "\(word)")
        }
        for word in ["need", "speed", "red", "hundred", "sign"] {
            #expect(!WordForms.isParticiple(word), "\(word)")
        }
    }

    @Test(arguments: [
        ("launch", "launched"), ("ship", "shipped"), ("open", "opened"), ("finalise", "finalised"),
        ("write", "written"), ("set", "set"), ("submit", "submitted"), ("apply", "applied"), ("deploy", "deployed"),
    ])
    func pastParticiplesForSuggestions(verb: String, participle: String) {
        #expect(WordForms.pastParticiple(of: verb) == participle)
    }
}
