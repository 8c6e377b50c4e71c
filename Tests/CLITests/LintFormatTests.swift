import Foundation
import Testing

/// The CI formats through the real binary: GitHub Actions picks `github`,
/// annotations and SARIF name files from the git work tree root, and
/// `--report` writes more formats in the same run, all or nothing.
@Suite struct LintFormatTests {
    /// A plan with a KPI lacking its range and a misspelt key; the runs select
    /// only those rules, so the expected outputs do not change as rules are added.
    static let flawed = """
        id: support
        kpis:
          - id: aht
            kpi: Average handling time
            onwer: lee
        """

    static let pinned = ["--select", "kpi/missing-range,schema/"]

    /// A git repository with the goal file in `goals/team/`, and okrlint run from `goals/`.
    private func repository() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("goals/team/support.okr.yaml", Self.flawed)
        let git = Process()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "init", "--quiet", folder.url.path]
        try git.run()
        git.waitUntilExit()
        #expect(git.terminationStatus == 0)
        return folder
    }

    private static let annotations = """
        ::error file=goals/team/support.okr.yaml,line=4,col=10,endLine=4,endColumn=31,title=kpi/missing-range::KPI 'Average handling time' has no healthy range; add the band it should stay in, e.g. `healthy: 4..6` or `healthy: >= 95%25`
        ::warning file=goals/team/support.okr.yaml,line=5,col=5,endLine=5,endColumn=10,title=schema/unknown-key::unknown key 'onwer' in a KPI; did you mean 'owner'?

        """

    @Test func gitHubActionsGetsAnnotationsWithPathsFromTheGitRoot() throws {
        let folder = try repository()
        let goals = folder.url.appendingPathComponent("goals")
        let result = try BinaryRunner.run(["lint", "team"] + Self.pinned, in: goals, environment: ["GITHUB_ACTIONS": "true"])
        #expect(result.status == 1)
        #expect(result.stdout == Self.annotations)
        #expect(try BinaryRunner.run(["lint", "team", "--format", "github"] + Self.pinned, in: goals).stdout == Self.annotations)
    }

    @Test func anExplicitFormatBeatsGitHubActions() throws {
        let folder = try repository()
        let goals = folder.url.appendingPathComponent("goals")
        let text = try BinaryRunner.run(["lint", "team", "--format", "text"] + Self.pinned, in: goals, environment: ["GITHUB_ACTIONS": "true"])
        #expect(text.stdout.hasPrefix("team/support.okr.yaml:4:10: error:"))
        let elsewhere = try BinaryRunner.run(["lint", "team"] + Self.pinned, in: goals, environment: ["GITHUB_ACTIONS": "false"])
        #expect(elsewhere.stdout.hasPrefix("team/support.okr.yaml:4:10: error:"))
    }

    @Test func outsideGitPathsAreRelativeToTheWorkspaceRoot() throws {
        let folder = try TemporaryFolder()
        try folder.write("plans/.okrlint.yaml", "extends: recommended\n")
        try folder.write("plans/q4/support.okr.yaml", Self.flawed)
        let result = try BinaryRunner.run(["lint", "support.okr.yaml", "--format", "github"] + Self.pinned, in: folder.url.appendingPathComponent("plans/q4"))
        #expect(result.stdout.hasPrefix("::error file=q4/support.okr.yaml,line=4,"))
    }

    @Test func reportWritesMoreFormatsInTheSameRun() throws {
        let folder = try repository()
        let goals = folder.url.appendingPathComponent("goals")
        let result = try BinaryRunner.run(["lint", "team", "--format", "json", "--report", "sarif=okrlint.sarif", "--report", "junit=junit.xml", "--report", "markdown=summary.md"] + Self.pinned,
            in: goals)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("{\n  \"version\": 1,"))
        let sarif = try Data(contentsOf: goals.appendingPathComponent("okrlint.sarif"))
        let document = try #require(try JSONSerialization.jsonObject(with: sarif) as? [String: Any])
        #expect(document["version"] as? String == "2.1.0")
        let uri = ((((document["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])?.first?["locations"] as? [[String: Any]])?
            .first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any]
        #expect(uri?["uri"] as? String == "goals/team/support.okr.yaml")
        let junit = try String(contentsOf: goals.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(junit.contains("<testsuite name=\"team/support.okr.yaml\" tests=\"2\" failures=\"1\""))
        let markdown = try String(contentsOf: goals.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("### okrlint: 1 error, 1 warning in 1 file\n"))
    }

    @Test(arguments: [
        (["--report", "xml=a.xml"], "unknown format 'xml'"),
        (["--report", "sarif"], "expected FORMAT=FILE"),
        (["--report", "sarif="], "no file after 'sarif='"),
        (["--output", "a.txt", "--report", "sarif=a.txt"], "a.txt: named as the output of two formats"),
    ])
    func aBadReportIsExitTwo(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("support.okr.yaml", LintCommandTests.flawed)
        let result = try BinaryRunner.run(["lint", "support.okr.yaml"] + Self.pinned + arguments, in: folder.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["support.okr.yaml"])
    }

    @Test func anUnwritableReportWritesNoOutputAtAll() throws {
        let folder = try TemporaryFolder()
        try folder.write("support.okr.yaml", LintCommandTests.flawed)
        try folder.write("folder/keep.txt", "")
        for target in ["missing/junit.xml", "folder"] {
            let result = try BinaryRunner.run(["lint", "support.okr.yaml", "--no-cache", "--output", "report.txt", "--report", "sarif=okrlint.sarif", "--report", "junit=\(target)"] + Self.pinned, in: folder.url)
            #expect(result.status == 2)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.hasPrefix("okrlint: \(target): cannot write the output"), "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == ["folder", "support.okr.yaml"])
        }
    }
}
