/// `okrlint report --format markdown`: a compact summary of the report model
/// for a pull-request comment or a CI job summary — per plan, objectives and
/// key results with status emoji and words, the KPIs out of range, the
/// milestones overdue or due this week, and the count of findings. Text from
/// goal files is escaped so it cannot break a table or inject HTML.
public enum MarkdownReportRenderer {
    /// GitHub's limit on a comment's length.
    public static let defaultMaxChars = 65_536

    /// The report, cut to at most `maxChars` UTF-16 code units (GitHub's
    /// count): whole plans are left out from the end, and a closing note names them.
    /// Throws when `maxChars` cannot hold even the header and that note.
    public static func render(_ document: JSONValue, maxChars: Int = defaultMaxChars) throws(RunError) -> String {
        let header = MarkdownReportSections.header(document)
        let plans = document.items("plans")
        return try MarkdownTruncation(limit: maxChars).fit(header: header, names: plans.map(MarkdownReportSections.name)) {
            MarkdownReportSections.plan(plans[$0])
        }
    }
}
