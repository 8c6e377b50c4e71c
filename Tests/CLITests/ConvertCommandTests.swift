import Foundation
import Testing

/// `okrlint convert FILE --to yaml|markdown` through the real binary.
@Suite struct ConvertCommandTests {
    static let yaml = """
        # as-of: 2026-11-01
        id: support
        title: Support — Q4 2026
        kpis:
          - id: aht  # the one we watch
            kpi: Average handling time
            healthy: 4..6
            owner: lee
            owner: sam
        """

    @Test func yamlToMarkdownOnStandardOutputNotesWhatIsNotCarried() throws {
        let folder = try TemporaryFolder()
        try folder.write("support.okr.yaml", Self.yaml)
        let result = try BinaryRunner.run(["convert", "support.okr.yaml", "--to", "markdown"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout == """
            ---
            # as-of: 2026-11-01
            id: support
            ---

            # Support — Q4 2026

            ## KPIs

            - Average handling time {#aht} <!-- the one we watch -->
              - healthy: 4..6
              - owner: lee

            """)
        #expect(result.stderr == "okrlint: support.okr.yaml:9: not carried: the second 'owner' of one item (a duplicate key) is left out\n")
    }

    @Test func markdownToYAMLIntoAFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("support.okr.md", "---\nid: support\n---\n\n## KPIs\n\n- [x] Backlog <!-- shrinking -->\n  - healthy: <= 40\n")
        let result = try BinaryRunner.run(["convert", "support.okr.md", "--to", "yaml", "--output", "support.okr.yaml"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: folder.url.appendingPathComponent("support.okr.yaml"), encoding: .utf8)
        #expect(written == """
            id: support
            kpis:
              # shrinking
              - kpi: Backlog  # [x]
                healthy: <= 40

            """)
        let lint = try BinaryRunner.run(["lint", "support.okr.yaml", "support.okr.md", "--select", "schema/,syntax/"], in: folder.url)
        #expect(lint.status == 0, "\(lint.stdout)")
    }

    @Test func unreadableInputsAreRunErrors() throws {
        let folder = try TemporaryFolder()
        try folder.write("broken.okr.yaml", "id: 'support\n")
        let broken = try BinaryRunner.run(["convert", "broken.okr.yaml", "--to", "markdown"], in: folder.url)
        #expect(broken.status == 2)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.hasPrefix("okrlint: broken.okr.yaml:2:1: cannot convert: "))
        let missing = try BinaryRunner.run(["convert", "missing.okr.md", "--to", "yaml"], in: folder.url)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("missing.okr.md"))
        let format = try BinaryRunner.run(["convert", "broken.okr.yaml", "--to", "toml"], in: folder.url)
        #expect(format.status == 2)
        #expect(format.stdout.isEmpty)
    }

    @Test func lintFindsMarkdownGoalFilesInFolders() throws {
        let folder = try TemporaryFolder()
        try folder.write("goals/support.okr.md", "---\nid: support\n---\n\n## KPIs\n\n- Backlog\n  - healthy: <= 40\n  - onwer: lee\n")
        try folder.write("goals/notes.md", "# not a goal file\n")
        let result = try BinaryRunner.run(["lint", "goals", "--no-color", "--select", "schema/"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("goals/support.okr.md:9:5: warning: unknown key 'onwer' in a KPI; did you mean 'owner'? [schema/unknown-key]\n"))
        #expect(result.stdout.hasSuffix("0 errors, 1 warning in 1 file\n"))
    }
}
