/// The report model (SPEC §5): the compiled plans of a lint run with their
/// computed progress and status, and the run's findings, as one JSON
/// document with a `version`. The JSON report prints it; the HTML template
/// and the Markdown report are rendered from it. `Grammar/okr-report.schema.json`
/// describes it and the README documents it.
public enum ReportDocument {
    /// The version of the report model; it changes when a field changes meaning or goes away.
    public static let version = 1

    /// The model of `report` at `asOf`: one entry per linted file that holds a
    /// plan, in the order the files were found, each with its file's findings;
    /// `findings` holds those of the files that hold no plan (they could not be read).
    public static func build(_ report: LintReport, asOf: CalendarDate) -> JSONValue {
        let findings = ReportFindings(docsURL: report.configuration.docsURL)
        let builder = ReportPlan(asOf: asOf, margins: margins(report.configuration), findings: findings)
        let byFile = Dictionary(grouping: report.findings, by: \.file)
        var slugs = ReportSlugs()
        let planned = report.compiled.filter { $0.plan != nil }.map { (file: $0, slug: slugs.claim(for: $0.planID)) }
        let plans: [JSONValue] = ParallelMap.map(planned) { entry in
            entry.file.plan.map { builder.json(entry.file, plan: $0, slug: entry.slug, findings: byFile[entry.file.source.path] ?? []) } ?? .null
        }
        let plannedPaths = Set(planned.map(\.file.source.path))
        return .object([
            ("version", .integer(version)), ("as_of", .string(asOf.description)),
            ("week", .string(asOf.isoWeek.description)),
            ("docs_url", findings.docsURL.map(JSONValue.string) ?? .null),
            ("summary", summary(plans: plans, files: report.fileCount, findings: report.findings)),
            ("plans", .array(plans)),
            ("findings", .array(report.findings.filter { !plannedPaths.contains($0.file) }.map(findings.finding))),
        ])
    }

    /// The progress margins configured for `kr/off-track`, so the report judges
    /// progress exactly as the rule does.
    private static func margins(_ configuration: Configuration) -> ProgressMargins {
        let rule = OffTrackKeyResult.description
        return OffTrackKeyResult(options: RuleOptionValues(for: rule, overrides: configuration.options(of: rule))).margins
    }

    /// The plans' `counts` added up, with the number of plans and files and
    /// every finding counted (those of files without a plan too).
    private static func summary(plans: [JSONValue], files: Int, findings: [Finding]) -> JSONValue {
        let counts = plans.compactMap { $0["counts"] }
        guard case .object(let total) = sum(counts, like: counts.first ?? .object([])) else { return .null }
        let members = total.filter { $0.0 != "findings" }
        return .object([("plans", .integer(plans.count)), ("files", .integer(files))] + members
            + [("findings", ReportFindings.counts(findings))])
    }

    /// The member-wise sum of objects shaped like `shape` (integers added, nested objects summed).
    private static func sum(_ values: [JSONValue], like shape: JSONValue) -> JSONValue {
        switch shape {
        case .object(let members):
            return .object(members.map { key, member in (key, sum(values.compactMap { $0[key] }, like: member)) })
        case .integer:
            return .integer(values.reduce(0) { total, value in
                if case .integer(let number) = value { return total + number }
                return total
            })
        default:
            return shape
        }
    }
}
