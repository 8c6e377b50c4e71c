/// A problem found in one file by a front-end stage or a rule, before
/// severities and file names are attached: the rule it belongs to, the span
/// of the text at fault and a message that says what is wrong and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public var rule: String
    public var span: SourceSpan
    public var message: String
    /// An edit that resolves the problem, when one is known.
    public var fix: Fix?

    public init(rule: String, span: SourceSpan, message: String, fix: Fix? = nil) {
        self.rule = rule
        self.span = span
        self.message = message
        self.fix = fix
    }
}
