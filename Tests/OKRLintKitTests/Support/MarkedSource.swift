import OKRLintKit

/// A goal-file text with expected spans marked by `⟦` and `⟧`: the text
/// without the marks, and the spans they enclose (positions in Unicode scalars).
struct MarkedSource {
    let text: String
    let spans: [SourceSpan]

    init(_ marked: String) {
        var text = String.UnicodeScalarView()
        var spans: [SourceSpan] = []
        var line = 1
        var column = 1
        var open: SourcePosition?
        var previousWasCR = false
        for scalar in marked.unicodeScalars {
            if Character(scalar) == RuleExample.openMark {
                open = SourcePosition(line: line, column: column)
                continue
            }
            if Character(scalar) == RuleExample.closeMark, let start = open {
                spans.append(SourceSpan(start: start, end: SourcePosition(line: line, column: column)))
                open = nil
                continue
            }
            text.append(scalar)
            if scalar == "\n" {
                if !previousWasCR { line += 1 }
                column = 1
            } else if scalar == "\r" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            previousWasCR = scalar == "\r"
        }
        self.text = String(text)
        self.spans = spans
    }
}
