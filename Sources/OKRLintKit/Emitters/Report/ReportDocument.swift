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
        let parts = assemble(report, asOf: asOf) { plan in (plan["counts"], plan) }
        return .object(parts.members + [("plans", .array(parts.plans)), ("findings", parts.findings)])
    }

    /// The parts of the model. Each plan's object, completed from its draft,
    /// is handed to `keep` on the core that completed it, so the JSON report
    /// can keep it as text instead of holding every plan's whole tree. `keep`
    /// returns the plan's `counts` (for the summary) and what to keep.
    static func assemble<Kept: Sendable>(
        _ report: LintReport, asOf: CalendarDate, keep: @Sendable (JSONValue) -> (counts: JSONValue?, kept: Kept)
    ) -> Parts<Kept> {
        let findings = ReportFindings(docsURL: report.configuration.docsURL)
        let byFile = Dictionary(grouping: report.findings, by: \.file)
        var slugs = ReportSlugs()
        let planned = report.keptPlans.map { (plan: $0, slug: slugs.claim(for: $0.planID)) }
        let plans = ParallelMap.map(planned) { entry in
            keep(ReportPlan.completed(entry.plan.model, slug: entry.slug, findings: byFile[entry.plan.path] ?? [], as: findings))
        }
        let plannedPaths = Set(planned.map(\.plan.path))
        return Parts(
            members: [
                ("version", .integer(version)), ("as_of", .string(asOf.description)),
                ("week", .string(asOf.isoWeek.description)),
                ("docs_url", findings.docsURL.map(JSONValue.string) ?? .null),
                ("summary", summary(plans: plans.count, counts: plans.compactMap(\.counts), files: report.fileCount, findings: report.findings)),
            ],
            plans: plans.map(\.kept),
            findings: .array(report.findings.filter { !plannedPaths.contains($0.file) }.map(findings.finding)))
    }

    /// The model in three parts: the members that come before `plans`, the
    /// plans as kept, and the `findings` member that comes after them.
    struct Parts<Kept> {
        let members: [(String, JSONValue)]
        let plans: [Kept]
        let findings: JSONValue
    }

    /// What a lint run for a report keeps of each plan: the plan's draft in the
    /// report model at `asOf`, made on the core that compiled its file.
    public static func planKeeper(asOf: CalendarDate) -> PlanKeeper {
        { configuration in
            let builder = ReportPlan(asOf: asOf, margins: margins(configuration))
            return { file, plan in builder.draft(file, plan: plan) }
        }
    }

    /// The progress margins configured for `kr/off-track`, so the report judges
    /// progress exactly as the rule does.
    private static func margins(_ configuration: Configuration) -> ProgressMargins {
        let rule = OffTrackKeyResult.description
        return OffTrackKeyResult(options: RuleOptionValues(for: rule, overrides: configuration.options(of: rule))).margins
    }

    /// The plans' `counts` added up, with the number of plans and files and
    /// every finding counted (those of files without a plan too).
    private static func summary(plans: Int, counts: [JSONValue], files: Int, findings: [Finding]) -> JSONValue {
        guard case .object(let total) = sum(counts, like: counts.first ?? .object([])) else { return .null }
        let members = total.filter { $0.0 != "findings" }
        return .object([("plans", .integer(plans)), ("files", .integer(files))] + members
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
