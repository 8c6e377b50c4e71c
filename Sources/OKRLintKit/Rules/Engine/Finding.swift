/// A problem reported to the user: a diagnostic with its rule's severity and
/// the file it was found in.
public struct Finding: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var message: String
    /// The file's path as shown to the user (relative to the current folder when inside it).
    public var file: String
    public var span: SourceSpan
    /// What the finding is about, for baselines and fingerprints.
    public var identity: FindingIdentity
    /// An edit that resolves it, when one is known.
    public var fix: Fix?

    public init(
        rule: String, severity: Severity, message: String, file: String, span: SourceSpan, identity: FindingIdentity,
        fix: Fix? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.file = file
        self.span = span
        self.identity = identity
        self.fix = fix
    }

    /// The deterministic order of findings: by file, position, rule, then message.
    public static func ordered(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
        return (lhs.rule, lhs.span.end, lhs.message) < (rhs.rule, rhs.span.end, rhs.message)
    }
}
