/// What the fuzz target and the robustness tests run on arbitrary bytes: the
/// whole pipeline (front end, model, every rule with its suppressions), as
/// one file of a workspace beside a small valid plan, so that cross-file
/// rules see it too, and then every report of the two plans. It must never
/// trap or hang.
public enum FuzzHarness {
    private static let neighbour = FileCompiler.compile(
        SourceFile(path: "neighbour.okr.yaml", text: "id: neighbour\nobjectives:\n  - id: growth\n    objective: Grow\n"),
        fallbackPlanID: "neighbour")

    private static let asOf = CalendarDate(year: 2026, month: 11, day: 1)!
    private static let options = LintOptions(asOf: asOf)
    private static let configuration = Configuration.defaults(folder: "/fuzz")
    private static let keeper = ReportDocument.planKeeper(asOf: asOf)(configuration)

    /// Runs `bytes` through every stage; the first byte's lowest bit picks
    /// the front end (even: YAML, odd: Markdown), so one corpus covers both.
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> [Finding] {
        let path = (bytes.first ?? 0) & 1 == 0 ? "input.okr.yaml" : "input.okr.md"
        let file = FileCompiler.compile(SourceFile(path: path, bytes: bytes), fallbackPlanID: "input")
        let findings = Linter.lint([file], alongside: [neighbour], options: options)
        renderReports(of: [file, neighbour], findings: findings)
        return findings
    }

    /// The report model of `files`' plans, as `okrlint report` builds it, and
    /// every report rendered from it: JSON, Markdown, the HTML page and the
    /// pages of a report folder.
    private static func renderReports(of files: [CompiledFile], findings: [Finding]) {
        let kept = files.compactMap { file in
            file.plan.map { KeptPlan(path: file.source.path, planID: file.planID, model: keeper(file, $0)) }
        }
        let report = LintReport(
            findings: findings, files: files.map(\.source.path), sources: [:], configuration: configuration,
            paths: ArtifactPaths(currentFolder: configuration.folder, root: configuration.folder), keptPlans: kept)
        _ = JSONReportRenderer.renderPieces(report, asOf: asOf)
        let document = ReportDocument.build(report, asOf: asOf)
        _ = try? MarkdownReportRenderer.render(document)
        if let renderer = try? HTMLReportRenderer() {
            _ = renderer.pagePieces(document)
            _ = renderer.site(document)
        }
    }
}
