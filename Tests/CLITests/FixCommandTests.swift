import Foundation
import Testing

/// `--fix` through the real binary: safe key renames only, everything else of
/// the file byte for byte as it was.
@Suite struct FixCommandTests {
    @Test func safeRenamesAreAppliedKeepingBOMLineEndingsAndComments() throws {
        let folder = try TemporaryFolder()
        let original: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id: team # keep\r\nonwer: dana\r\nkpis:\r\n  - kpi: Backlog  # c\r\n    helthy: <= 40\r\n    owner: lee\r\n    onwer: x\r\n".utf8)
        let file = try folder.write("team.okr.yaml", bytes: original)
        chmod(file.path, 0o600)
        let result = try BinaryRunner.run(["team.okr.yaml", "--select", "schema/", "--fix", "--no-color"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("0 errors, 1 warning in 1 file\nFixed 2 problems in 1 file\n"))
        #expect(result.stdout.contains("team.okr.yaml:7:5: warning: unknown key 'onwer' in a KPI"), "renaming would duplicate 'owner'")
        let fixed = try Data(contentsOf: file)
        let expected: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id: team # keep\r\nowner: dana\r\nkpis:\r\n  - kpi: Backlog  # c\r\n    healthy: <= 40\r\n    owner: lee\r\n    onwer: x\r\n".utf8)
        #expect(Array(fixed) == expected)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "the file keeps its permissions")
    }

    @Test func misspeltMarkdownLabelsAreRenamedAsLabels() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("team.okr.md", "# Plan\n\n## Objective: Faster refunds\n\nOnwer: sam\n\n- Align to: company#retention\n")
        let result = try BinaryRunner.run(["team.okr.md", "--select", "schema/", "--fix", "--no-color"], in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("Fixed 2 problems in 1 file\n"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "# Plan\n\n## Objective: Faster refunds\n\nOwner: sam\n\n- Aligns to: company#retention\n")
    }

    @Test func filesWithSyntaxErrorsAreNeverFixed() throws {
        let folder = try TemporaryFolder()
        let text = "id: team\nonwer: dana\ntitle: 'unterminated\n"
        let file = try folder.write("team.okr.yaml", text)
        let result = try BinaryRunner.run(["team.okr.yaml", "--fix"], in: folder.url)
        #expect(result.status == 1)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func jsonShowsSafeAndUnsafeFixes() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.okr.yaml", "id: team\nonwer: dana\nkpis:\n  - kpi: Backlog\n    tirgger: x\n")
        let result = try BinaryRunner.run(["team.okr.yaml", "--select", "schema/unknown-key", "--format", "json"], in: folder.url)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let fixes = try #require(document["findings"] as? [[String: Any]]).map { $0["fix"] as? [String: Any] }
        #expect(fixes.count == 2)
        #expect(fixes[0]?["applicability"] as? String == "safe")
        let replacement = try #require((fixes[0]?["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["text"] as? String == "owner")
        #expect(replacement["start"] as? [String: Int] == ["line": 2, "column": 1])
        #expect(replacement["end"] as? [String: Int] == ["line": 2, "column": 6])
        #expect(fixes[1]?["applicability"] as? String == "safe")
        #expect((fixes[1]?["replacements"] as? [[String: Any]])?.first?["text"] as? String == "trigger")
    }

    @Test(arguments: [
        ("team.okr.yaml", "id: team\nonwer: x\nownr: y\n"),
        ("team.okr.md", "---\nid: team\n---\n\n# Plan\n\n## KPIs\n\n- Backlog {#backlog}\n  - healthy: <= 40\n  - onwer: a\n  - ownr: b\n"),
    ])
    func twoMisspellingsOfOneKeyAreOnlySuggested(name: String, text: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write(name, text)
        let json = try BinaryRunner.run([name, "--select", "schema/", "--format", "json"], in: folder.url)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let fixes = try #require(document["findings"] as? [[String: Any]]).map { $0["fix"] as? [String: Any] }
        #expect(fixes.map { $0?["applicability"] as? String } == ["unsafe", "unsafe"], "renaming both would write 'owner' twice")
        #expect(fixes.map { ($0?["replacements"] as? [[String: Any]])?.first?["text"] as? String } == ["owner", "owner"])
        let fixed = try BinaryRunner.run([name, "--select", "schema/", "--fix", "--no-color"], in: folder.url)
        #expect(fixed.status == 0)
        #expect(fixed.stdout.hasSuffix("0 errors, 2 warnings in 1 file\n"), "nothing is fixed, so no 'Fixed' line: \(fixed.stdout)")
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func fixWithStdinFilenameIsRefusedAndTheFileIsLeftAlone() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("team.okr.yaml", "id: team\n")
        let result = try BinaryRunner.run(["lint", "--stdin-filename", "team.okr.yaml", "--fix"], in: folder.url, stdin: "id: team\nonwer: dana\n")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix(
            "okrlint: --fix cannot be used with --stdin-filename: the piped text has no file to be written back to, and 'team.okr.yaml' on disk is not what was linted; "
                + "pipe the text through `okrlint lint --stdin-filename team.okr.yaml --format json` and apply the `fix` replacements marked \"safe\", "
                + "or save the file and run `okrlint lint team.okr.yaml --fix`\n"), "\(result.stderr)")
        #expect(try String(contentsOf: file, encoding: .utf8) == "id: team\n")
    }
}
