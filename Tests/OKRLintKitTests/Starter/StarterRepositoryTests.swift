import OKRLintKit
import Testing

/// The files `okrlint init` writes: the sample plan lints clean whatever day
/// it is generated, and the CI files parse and use only what SPEC §4 defines.
@Suite struct StarterRepositoryTests {
    static let starter = StarterRepository(today: CalendarDate(year: 2026, month: 11, day: 1)!, version: "0.1.0")

    static func file(_ path: String) -> String {
        starter.files.first { $0.path == path }?.text ?? ""
    }

    @Test func theSamplePlanLintsCleanOnTheDayItIsGeneratedAllYearRound() {
        var day = CalendarDate(year: 2026, month: 1, day: 1)!
        let last = CalendarDate(year: 2029, month: 1, day: 10)!
        var dirty: [String] = []
        while day <= last {
            let plan = StarterRepository(today: day, version: "0.1.0").files[0]
            let findings = TestWorkspace.lint(plan.text, path: plan.path, asOf: day.description)
            if !findings.isEmpty { dirty.append("\(day): \(findings.map(\.rule))") }
            day = day.adding(days: 1)
        }
        #expect(dirty.isEmpty, "\(dirty.prefix(5))")
    }

    @Test func everyFileIsYAMLWithoutErrors() {
        for file in Self.starter.files {
            let document = YAMLParser.parse(SourceFile(path: file.path, text: file.text))
            #expect(document.root != nil && document.diagnostics.isEmpty, "\(file.path): \(document.diagnostics.map(\.message))")
        }
    }

    @Test func theWorkflowChecksOutFullHistoryAndUploadsSARIF() throws {
        let workflow = Self.file(".github/workflows/okrlint.yml")
        let root = try #require(YAMLParser.parse(SourceFile(path: "okrlint.yml", text: workflow)).root)
        let steps = try #require(root["jobs"]?["lint"]?["steps"]).children
        let checkout = try #require(steps.first { $0["uses"]?.scalar == "actions/checkout@v4" })
        #expect(checkout["with"]?["fetch-depth"]?.scalar == "0")
        let upload = try #require(steps.first { $0["uses"]?.scalar == "github/codeql-action/upload-sarif@v3" })
        #expect(upload["with"]?["sarif_file"]?.scalar == "okrlint.sarif")
        #expect(steps.contains { $0["uses"]?.scalar == "actions/upload-pages-artifact@v3" })
        #expect(root["jobs"]?["publish"]?["steps"]?.children.first?["uses"]?.scalar == "actions/deploy-pages@v4")
    }

    @Test func theWorkflowRunsOnlyCommandsFlagsAndFormatsOfTheSpecification() throws {
        let specification = try SpecCommandLine.load()
        let workflow = Self.file(".github/workflows/okrlint.yml")
        let root = try #require(YAMLParser.parse(SourceFile(path: "okrlint.yml", text: workflow)).root)
        let scripts = (root["jobs"]?.children ?? []).flatMap { $0["steps"]?.children ?? [] }.compactMap { $0["run"]?.scalar }
        let invocations = scripts.flatMap { $0.split(separator: "\n") }.map(String.init).filter { $0.hasPrefix("okrlint ") }
        #expect(invocations.map { $0.split(separator: " ").prefix(2).joined(separator: " ") } == ["okrlint lint", "okrlint report"])
        for invocation in invocations {
            #expect(specification.problems(in: invocation).isEmpty, "\(specification.problems(in: invocation))")
        }
        #expect(invocations[0].contains("--format sarif") && invocations[0].contains("--diff-base"))
        #expect(invocations[1].contains("--format html"))
    }

    @Test func theCheckerCatchesWhatTheSpecificationDoesNotDefine() throws {
        let specification = try SpecCommandLine.load()
        #expect(specification.problems(in: "okrlint goals --format junit --diff-base HEAD").isEmpty)
        #expect(specification.problems(in: "okrlint lint --format html") == ["okrlint lint has no format html"])
        #expect(specification.problems(in: "okrlint report goals --diff-base HEAD") == ["okrlint report has no flag --diff-base"])
        #expect(specification.problems(in: "okrlint report goals -o site/") == ["-o: the specification names long flags only"])
    }

    @Test func thePreCommitConfigurationUsesTheReleaseTagAndTheHook() {
        let configuration = Self.file(".pre-commit-config.yaml")
        #expect(configuration.contains("    rev: v0.1.0\n"))
        #expect(configuration.contains("      - id: okrlint\n"))
    }
}
