/// How the rule documentation shows an example's text, which the example's
/// test runs unchanged: a control character (NUL, a tab) as its Unicode
/// control picture (`␀`, `␉`), another invisible character (a byte-order
/// mark) as `<U+FEFF>`, and a run of one character longer than `longestRun`
/// (the 999 brackets of a nesting example) as its first and last few with the
/// count left out between them. So `docs/rules.md` stays text to git, and
/// `okrlint explain` prints no byte a terminal would act on and no line of
/// thousands of brackets.
enum ExampleDisplay {
    /// Runs up to this length are shown whole.
    static let longestRun = 12
    /// How many of a shortened run's characters are kept at each end.
    static let keptAtEachEnd = 4

    /// `source` as the documentation shows it; line breaks are kept.
    static func shown(_ source: String) -> String {
        var text = ""
        var rest = Substring(source)
        while let first = rest.first {
            let run = rest.prefix { $0 == first }
            let glyph = visible(first)
            if run.count > longestRun {
                let kept = String(repeating: glyph, count: keptAtEachEnd)
                text += kept + "…(\(run.count - 2 * keptAtEachEnd) more \(glyph))…" + kept
            } else {
                text += String(repeating: glyph, count: run.count)
            }
            rest = rest.dropFirst(run.count)
        }
        return text
    }

    /// One character as shown: itself when it prints, else a picture or its code point.
    private static func visible(_ character: Character) -> String {
        guard character != "\n", let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
            return String(character)
        }
        switch scalar.value {
        case 0x00..<0x20: return String(Character(Unicode.Scalar(0x2400 + scalar.value)!))
        case 0x7F: return "␡"
        default:
            switch scalar.properties.generalCategory {
            case .control, .format: return "<U+" + hex(scalar.value) + ">"
            default: return String(character)
            }
        }
    }

    /// A code point in at least four upper-case hex digits, as Unicode writes it.
    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
