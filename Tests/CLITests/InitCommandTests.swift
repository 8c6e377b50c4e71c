import Foundation
import Testing

/// `okrlint init` through the real binary: the starter lints clean, `.gitignore`
/// gains the cache folder once, and existing files are never overwritten.
@Suite struct InitCommandTests {
    static let created = ["goals/team.okr.yaml", ".okrlint.yaml", ".pre-commit-config.yaml", ".github/workflows/okrlint.yml"]

    @Test func theStarterRepositoryLintsCleanToday() throws {
        let folder = try TemporaryFolder()
        let result = try BinaryRunner.run(["init", "goals-repo"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        for path in Self.created {
            #expect(result.stdout.contains("created \(path)\n"))
        }
        #expect(result.stdout.contains("created .gitignore (.okrlint-cache/)\n"))
        let repository = folder.url.appendingPathComponent("goals-repo")
        let gitignore = try String(contentsOf: repository.appendingPathComponent(".gitignore"), encoding: .utf8)
        #expect(gitignore == ".okrlint-cache/\n")
        let lint = try BinaryRunner.run(["lint"], in: repository)
        #expect(lint.status == 0)
        #expect(lint.stdout == "No problems found in 1 file\n")
    }

    @Test func anExistingGitignoreGainsTheCacheFolderOnce() throws {
        let folder = try TemporaryFolder()
        try folder.write(".gitignore", ".build")
        #expect(try BinaryRunner.run(["init"], in: folder.url).status == 0)
        let gitignore = folder.url.appendingPathComponent(".gitignore")
        #expect(try String(contentsOf: gitignore, encoding: .utf8) == ".build\n.okrlint-cache/\n")

        let listed = try TemporaryFolder()
        try listed.write(".gitignore", "/.okrlint-cache/\n")
        let result = try BinaryRunner.run(["init", "."], in: listed.url)
        #expect(result.stdout.contains(".gitignore already lists .okrlint-cache/"))
        #expect(try String(contentsOf: listed.url.appendingPathComponent(".gitignore"), encoding: .utf8) == "/.okrlint-cache/\n")
    }

    @Test func existingFilesAreNamedAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        try folder.write(".okrlint.yaml", "extends: strict\n")
        try folder.write("goals/team.okr.yaml", "id: ours\n")
        let result = try BinaryRunner.run(["init"], in: folder.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "okrlint: .: init would overwrite goals/team.okr.yaml, .okrlint.yaml; nothing was written (move them away, or run init in another folder)\n")
        let left = try FileManager.default.subpathsOfDirectory(atPath: folder.url.path).sorted()
        #expect(left == [".okrlint.yaml", "goals", "goals/team.okr.yaml"])
        #expect(try String(contentsOf: folder.url.appendingPathComponent(".okrlint.yaml"), encoding: .utf8) == "extends: strict\n")
    }
}
