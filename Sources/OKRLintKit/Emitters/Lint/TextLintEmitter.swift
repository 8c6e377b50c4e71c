/// The `text` lint output: `path:line:col: severity: message [rule]`, the
/// source line with a caret underline of the span, and a summary line.
public struct TextLintEmitter: Sendable {
    public var useColor: Bool

    public init(useColor: Bool) {
        self.useColor = useColor
    }

    /// The report, with `notes` (such as the baseline's effect) after the summary.
    public func render(_ report: LintReport, notes: [String] = []) -> String {
        var output = ""
        for finding in report.findings {
            output += header(finding) + "\n"
            if let source = report.sources[finding.file], !source.bytes.isEmpty { output += excerpt(finding, in: source) }
        }
        if !report.findings.isEmpty { output += "\n" }
        output += paint(FindingSummary(report).sentence, .bold) + "\n"
        for note in notes { output += note + "\n" }
        return output
    }

    private func header(_ finding: Finding) -> String {
        let location = "\(finding.file):\(finding.span.start.line):\(finding.span.start.column)"
        let severity = paint(finding.severity.rawValue, style(for: finding.severity))
        return "\(paint(printable(location), .bold)): \(severity): \(printable(finding.message)) \(paint("[\(finding.rule)]", .dim))"
    }

    /// The line at fault with a gutter, then the underline of the span on that line.
    private func excerpt(_ finding: Finding, in source: SourceFile) -> String {
        let lineNumber = finding.span.start.line
        guard lineNumber <= source.lineCount else { return "" }
        let line = Array(printable(source.text(ofLine: lineNumber)).unicodeScalars)
        let startIndex = min(finding.span.start.column - 1, line.count)
        let endIndex = finding.span.isMultiline ? line.count : min(finding.span.end.column - 1, line.count)
        let padding = String(String.UnicodeScalarView(line[..<startIndex].map { $0 == "\t" ? "\t" : " " }))
        let carets = String(repeating: "^", count: max(1, endIndex - startIndex))
        let gutter = String(lineNumber)
        let blank = String(repeating: " ", count: gutter.count)
        return " \(paint(gutter, .dim)) \(paint("|", .dim)) \(String(String.UnicodeScalarView(line)))\n"
            + " \(blank) \(paint("|", .dim)) \(padding)\(paint(carets, style(for: finding.severity)))\n"
    }

    /// Control characters from goal files (escape sequences included) are
    /// shown as U+FFFD so a file cannot take over the terminal; tabs stay.
    private func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    private enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", blue = "1;34"
    }

    private func style(for severity: Severity) -> Style {
        switch severity {
        case .error: return .red
        case .warning: return .yellow
        case .info: return .blue
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        useColor ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
