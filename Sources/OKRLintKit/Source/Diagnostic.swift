/// A problem found in one file by a front-end stage or a rule, before
/// severities and file names are attached: the rule it belongs to, the span
/// of the text at fault and a message that says what is wrong and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public var rule: String
    public var span: SourceSpan
    public var message: String

    public init(rule: String, span: SourceSpan, message: String) {
        self.rule = rule
        self.span = span
        self.message = message
    }
}
