@testable import OKRLintKit

/// The lint report the emitter tests render: real findings from a goal file
/// whose path and text need escaping in every format (`%`, `:`, `,`, `<`,
/// `&`, `"`, `'`, `@`), with an emoji and CJK before a span, a span over two
/// lines, every severity, a clean second file, and one made-up finding whose
/// message holds CR and LF (no rule quotes line breaks today, but the
/// emitters must not depend on that). The files lie in `/repo/goals`, the
/// current folder, inside the repository `/repo`.
enum EmitterFixture {
    static let path = "ops,q4:50%.okr.yaml"
    static let cleanPath = "clean.okr.yaml"
    static let docsURL = "https://goals.example.com/okrlint/rules.md"

    static let text = """
        id: ops
        title: Operations — Q4 2026
        owner: dana
        objectives:
          - objective: Orders arrive <complete> & "on time"
            key_results:
              - kr: Run workshops
                  for every warehouse team
                evidence: https://dash.example.com/ops
        kpis:
          - {owner: "Zoë 🚀 李雷", kpi: "出荷 🚀 time"}
        milestones:
          - milestone: "Phase 2: 50%, @lee's call"
            owner: lee
            due: 2026-12-01
          - milestone: Pallet scanners live in both warehouses
            owner: lee
            due: 2026-10-09
            done: 2026-10-09

        """

    /// The rules whose findings the golden files hold (new rules must not change them).
    static let selection = try! RuleSelection(select: [
        "syntax/", "schema/", "objective/kr-count", "kr/activity", "kpi/missing-range", "milestone/vague",
        "milestone/done-without-evidence",
    ])

    /// The made-up finding with CR and LF in its message, on the plan's title.
    static let lineBreakFinding = finding(
        rule: "schema/type", message: "title 'Operations':\r\nsays 100%, twice\nthird line",
        from: SourcePosition(line: 2, column: 8), to: SourcePosition(line: 2, column: 28))

    /// The report, with `extra` findings added and `docs_url` set or not.
    static func report(docsURL: String? = docsURL, extra: [Finding] = [lineBreakFinding]) -> LintReport {
        let files = [
            FileCompiler.compile(SourceFile(path: path, text: text), fallbackPlanID: "ops"),
            FileCompiler.compile(SourceFile(path: cleanPath, text: "id: clean\ntitle: Nothing to report\n"), fallbackPlanID: "clean"),
        ]
        let date = try! CalendarDate.parse("2026-11-01").get()
        let findings = (Linter.lint(files, alongside: [], options: LintOptions(asOf: date, selection: selection)) + extra)
            .sorted(by: Finding.ordered)
        let configuration = Configuration(
            path: nil, folder: "/repo", preset: .recommended, docsURL: docsURL, maxFileSize: YAMLLimits.standard.maxFileSize,
            include: [], exclude: [], severities: [:], options: [:])
        return LintReport(
            findings: findings, files: files.map(\.source.path),
            sources: Dictionary(uniqueKeysWithValues: files.map { ($0.source.path, $0.source) }),
            configuration: configuration, paths: ArtifactPaths(currentFolder: "/repo/goals", root: "/repo"))
    }

    /// An error finding in the fixture file about the plan itself.
    static func finding(rule: String, message: String, from start: SourcePosition, to end: SourcePosition) -> Finding {
        Finding(
            rule: rule, severity: .error, message: message, file: path, span: SourceSpan(start: start, end: end),
            identity: FindingIdentity(plan: "ops", kind: .plan, item: "", rule: rule))
    }
}
