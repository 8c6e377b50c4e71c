/// An edit that resolves a finding: replacements of source spans with new
/// text. `safe` fixes are certain and applied by `--fix`; `unsafe` ones are
/// suggestions that are shown, never applied.
public struct Fix: Hashable, Sendable {
    public enum Applicability: String, Sendable {
        case safe, unsafe
    }

    /// One span of the file and the text that replaces it.
    public struct Replacement: Hashable, Sendable {
        public let span: SourceSpan
        public let text: String

        public init(span: SourceSpan, text: String) {
            self.span = span
            self.text = text
        }
    }

    public let applicability: Applicability
    public let replacements: [Replacement]

    public init(_ applicability: Applicability, _ replacements: [Replacement]) {
        self.applicability = applicability
        self.replacements = replacements
    }
}
