import Foundation
import Testing

/// `okrlint lint` through the real binary: exit codes, outputs and run errors.
@Suite struct LintCommandTests {
    static let clean = """
        id: support
        title: Support — Q4 2026
        period: 2026-Q4
        review_by: 2027-01-15
        kpis:
          - id: aht
            kpi: Average handling time
            healthy: 4..6
            trigger: "> 7 for 2 readings"
            owner: lee
            reviewed: 2026-10-01
        """

    static let flawed = """
        id: support
        period: 2026-Q4
        review_by: 2027-01-15
        kpis:
          - id: aht
            kpi: Average handling time
            trigger: "> 7 for 2 readings"
            owner: lee
            reviewed: 2026-10-01
            sorce: Helpdesk dashboard
        """

    @Test func cleanFileExitsZero() throws {
        let folder = try TemporaryFolder()
        try folder.write("goals/support.okr.yaml", Self.clean)
        let result = try BinaryRunner.run(["lint", "goals", "--as-of", "2026-11-01"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == "No problems found in 1 file\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func flawedFileExitsOneWithLocatedTextFindings() throws {
        let folder = try TemporaryFolder()
        try folder.write("goals/support.okr.yaml", Self.flawed)
        let result = try BinaryRunner.run(["goals", "--no-color", "--as-of", "2026-11-01"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout == """
            goals/support.okr.yaml:6:10: error: KPI 'Average handling time' has no healthy range; add the band it should stay in, e.g. `healthy: 4..6` or `healthy: >= 95%` [kpi/missing-range]
             6 |     kpi: Average handling time
               |          ^^^^^^^^^^^^^^^^^^^^^
            goals/support.okr.yaml:10:5: warning: unknown key 'sorce' in a KPI; did you mean 'source'? [schema/unknown-key]
             10 |     sorce: Helpdesk dashboard
                |     ^^^^^

            1 error, 1 warning in 1 file

            """)
    }

    @Test func jsonOutputHasTheSpecShape() throws {
        let folder = try TemporaryFolder()
        try folder.write("support.okr.yaml", "id: support\nkpis:\n  - kpi: Größe der Warteschlange\n    trigger: \"> 7\"\n    owner: lee\n    reviewed: 2026-10-01\nperiod: 2026-Q4\nreview_by: 2027-01-15\n")
        let result = try BinaryRunner.run(["lint", "--format", "json", "--as-of", "2026-11-01", "support.okr.yaml"], in: folder.url)
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        let finding = findings[0]
        #expect(Set(finding.keys) == ["rule", "severity", "message", "file", "start", "end", "fix"])
        #expect(finding["rule"] as? String == "kpi/missing-range")
        #expect(finding["severity"] as? String == "error")
        #expect(finding["file"] as? String == "support.okr.yaml")
        #expect(finding["start"] as? [String: Int] == ["line": 3, "column": 10])
        #expect(finding["end"] as? [String: Int] == ["line": 3, "column": 33], "columns count Unicode scalars: ö and ß are one each")
        #expect(finding["fix"] is NSNull)
        #expect(document["summary"] as? [String: Int] == ["files": 1, "errors": 1, "warnings": 0, "infos": 0])
    }

    @Test func outputFileIsWrittenAndStdoutStaysEmpty() throws {
        let folder = try TemporaryFolder()
        try folder.write("support.okr.yaml", Self.flawed)
        let result = try BinaryRunner.run(["--format", "json", "--output", "report.json", "support.okr.yaml"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: folder.url.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(written.contains("\"kpi/missing-range\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasPrefix(".okrlint-output") }
        #expect(leftovers.isEmpty)
    }

    @Test func maxWarningsAndQuiet() throws {
        let folder = try TemporaryFolder()
        try folder.write("support.okr.yaml", "id: support\nperiod: 2026-Q4\nreview_by: 2099-12-31\nonwer: lee\n")
        #expect(try BinaryRunner.run(["support.okr.yaml"], in: folder.url).status == 0)
        #expect(try BinaryRunner.run(["support.okr.yaml", "--max-warnings", "1"], in: folder.url).status == 0)
        #expect(try BinaryRunner.run(["support.okr.yaml", "--max-warnings", "0"], in: folder.url).status == 1)
        let quiet = try BinaryRunner.run(["support.okr.yaml", "--quiet", "--max-warnings", "0"], in: folder.url)
        #expect(quiet.status == 0, "--quiet warnings do not count")
        #expect(quiet.stdout == "No problems found in 1 file\n")
    }

    @Test func selectAndIgnoreTakeIdsAndCategories() throws {
        let folder = try TemporaryFolder()
        try folder.write("support.okr.yaml", Self.flawed)
        let onlySchema = try BinaryRunner.run(["support.okr.yaml", "--select", "schema/", "--format", "json"], in: folder.url)
        #expect(onlySchema.status == 0)
        #expect(onlySchema.stdout.contains("schema/unknown-key") && !onlySchema.stdout.contains("kpi/missing-range"))
        let ignored = try BinaryRunner.run(["support.okr.yaml", "--ignore", "kpi,schema/unknown-key", "--as-of", "2026-11-01"], in: folder.url)
        #expect(ignored.status == 0)
        #expect(ignored.stdout == "No problems found in 1 file\n")
    }

    @Test func versionAndHelp() throws {
        let folder = try TemporaryFolder()
        let version = try BinaryRunner.run(["--version"], in: folder.url)
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let help = try BinaryRunner.run(["lint", "--help"], in: folder.url)
        #expect(help.status == 0)
        #expect(help.stdout.contains("--max-warnings"))
        let schemaHelp = try BinaryRunner.run(["schema", "--help"], in: folder.url)
        #expect(schemaHelp.status == 0 && schemaHelp.stdout.contains("JSON Schema"))
    }

    @Test func schemaCommandPrintsTheCommittedSchema() throws {
        let folder = try TemporaryFolder()
        let result = try BinaryRunner.run(["schema"], in: folder.url)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("Grammar/okr-plan.schema.json"), encoding: .utf8)
        #expect(result.status == 0)
        #expect(result.stdout == committed)
    }
}
