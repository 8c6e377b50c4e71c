/// `okrlint report --format json`: the report model, pretty-printed.
public enum JSONReportRenderer {
    /// The report of `report` at `asOf` as one text.
    public static func render(_ report: LintReport, asOf: CalendarDate) -> String {
        String(decoding: renderPieces(report, asOf: asOf).joined(), as: UTF8.self)
    }

    /// The same as UTF-8 pieces to write in order, never joined: each plan is
    /// completed and serialised on all cores, into a piece of its own.
    public static func renderPieces(_ report: LintReport, asOf: CalendarDate) -> [[UInt8]] {
        let parts = ReportDocument.assemble(report, asOf: asOf) { plan in
            (plan["counts"], plan.prettyBytes(level: 2, reserving: 1 << 16))
        }
        let members = parts.members.map { ($0.0, [$0.1.prettyBytes(level: 1)]) }
        return JSONValue.prettyObject(
            members + [("plans", JSONValue.prettyArray(parts.plans, level: 1)), ("findings", [parts.findings.prettyBytes(level: 1)])])
    }
}
