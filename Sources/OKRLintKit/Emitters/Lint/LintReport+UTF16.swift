extension LintReport {
    /// The finding's span with columns in UTF-16 code units, converted with
    /// its file's source lines (unchanged when the source is not at hand).
    func utf16Span(of finding: Finding) -> SourceSpan {
        sources[finding.file]?.utf16Span(of: finding.span) ?? finding.span
    }
}
