/// An inline suppression (SPEC §2.3) read from a comment: which rules it
/// names, the region of the file it covers, and the reason given after `--`.
public struct SuppressionDirective: Sendable {
    public enum Scope: String, Sendable {
        /// `okrlint-disable-next-line`: the YAML item that starts on the next line.
        case nextLine = "disable-next-line"
        /// `okrlint-disable-line`: the comment's own line.
        case line = "disable-line"
        /// `okrlint-disable` … `okrlint-enable`.
        case region = "disable"
        /// `okrlint-disable-file`.
        case file = "disable-file"
    }

    public let scope: Scope
    /// The rule ids or categories (`kpi/`) as written, with their spans; empty means every rule.
    public let rules: [Located<String>]
    /// The text the directive covers; a finding starting inside it is suppressed.
    public let coverage: SourceSpan
    public let reason: String?
    /// The span of the whole comment.
    public let span: SourceSpan

    /// Whether a finding starting at `position` lies in the covered text.
    public func covers(_ position: SourcePosition) -> Bool {
        coverage.start <= position && position <= coverage.end
    }
}
