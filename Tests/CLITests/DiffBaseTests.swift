import Foundation
import Testing

/// `milestone/silent-move` and `--diff-base` through the real binary, on real
/// temporary git repositories.
@Suite struct DiffBaseTests {
    static func plan(due: String, moved: String = "") -> String {
        """
        id: it-team
        milestones:
          - id: file-server
            milestone: Old office file server switched off and wiped
            due: \(due)
            owner: levente
        \(moved)
        """
    }

    static let recordedMove = "    moved:\n      - {from: 2026-11-13, to: 2026-11-27, reason: data copy slower, impact: lease runs on}\n"
    static let selected = ["--select", "milestone/silent-move", "--as-of", "2026-11-01", "--no-color"]

    /// A repository whose committed plan was due 2026-11-13 and is now edited to `edited`.
    static func repository(edited: String, path: String = "goals/it.okr.yaml") throws -> GitFolder {
        let repository = try GitFolder()
        try repository.commit([path: plan(due: "2026-11-13")])
        try repository.write([path: edited])
        return repository
    }

    @Test func aChangedDueDateWithoutAMoveIsAnErrorAtTheDate() throws {
        let repository = try Self.repository(edited: Self.plan(due: "2026-11-27"))
        let result = try BinaryRunner.run(["lint", "goals", "--diff-base", "HEAD"] + Self.selected, in: repository.url)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("""
            goals/it.okr.yaml:5:10: error: milestone 'Old office file server switched off and wiped' is due 2026-11-27 but was due 2026-11-13 at HEAD, and no `moved` entry records the change; move it in public: add `moved: [{from: 2026-11-13, to: 2026-11-27, reason: …, impact: …}]` [milestone/silent-move]
             5 |     due: 2026-11-27
               |          ^^^^^^^^^^
            """))
    }

    @Test func aRecordedMovePasses() throws {
        let repository = try Self.repository(edited: Self.plan(due: "2026-11-27", moved: Self.recordedMove))
        let result = try BinaryRunner.run(["goals", "--diff-base", "main"] + Self.selected, in: repository.url)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func preCommitMakesHEADTheDefaultBase() throws {
        let repository = try Self.repository(edited: Self.plan(due: "2026-11-27"))
        let withoutBase = try BinaryRunner.run(["goals"] + Self.selected, in: repository.url)
        #expect(withoutBase.status == 0, "no base, nothing to compare")
        let underPreCommit = try BinaryRunner.run(["goals"] + Self.selected, in: repository.url, environment: ["PRE_COMMIT": "1"])
        #expect(underPreCommit.status == 1)
        #expect(underPreCommit.stdout.contains("was due 2026-11-13 at HEAD"))
    }

    @Test func aRevisionGitCannotResolveIsExitTwo() throws {
        let repository = try Self.repository(edited: Self.plan(due: "2026-11-27"))
        let result = try BinaryRunner.run(["goals", "--diff-base", "origin/main"] + Self.selected, in: repository.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("okrlint: --diff-base 'origin/main': git cannot resolve this revision"))
    }

    @Test func silentOutsideGitForNewFilesAndBeforeTheFirstCommit() throws {
        let outside = try TemporaryFolder()
        try outside.write("it.okr.yaml", Self.plan(due: "2026-11-27"))
        #expect(try BinaryRunner.run(["it.okr.yaml", "--diff-base", "HEAD"] + Self.selected, in: outside.url).status == 0)

        let repository = try Self.repository(edited: Self.plan(due: "2026-11-27"))
        try repository.write(["goals/new.okr.yaml": Self.plan(due: "2026-12-04")])
        let newFile = try BinaryRunner.run(["goals/new.okr.yaml", "--diff-base", "HEAD"] + Self.selected, in: repository.url)
        #expect(newFile.status == 0, "the file is new at HEAD")

        let unborn = try GitFolder()
        try unborn.write(["it.okr.yaml": Self.plan(due: "2026-11-27")])
        let firstCommit = try BinaryRunner.run(["it.okr.yaml"] + Self.selected, in: unborn.url, environment: ["PRE_COMMIT": "1"])
        #expect(firstCommit.status == 0, "pre-commit before the first commit: HEAD does not exist yet")
    }

    @Test func theBaseIsFoundFromASubfolderAndUnderAHooksEnvironment() throws {
        let repository = try Self.repository(edited: Self.plan(due: "2026-11-27"), path: "teams/it/plan.okr.yaml")
        let teams = repository.url.appendingPathComponent("teams")
        let fromSubfolder = try BinaryRunner.run(["it/plan.okr.yaml", "--diff-base", "HEAD"] + Self.selected, in: teams)
        #expect(fromSubfolder.status == 1)
        #expect(fromSubfolder.stdout.hasPrefix("it/plan.okr.yaml:5:10: error:"))

        // git exports these to hooks, relative to the repository root.
        let hook = ["GIT_DIR": ".git", "GIT_INDEX_FILE": ".git/index", "PRE_COMMIT": "1"]
        let inHook = try BinaryRunner.run(["teams/it/plan.okr.yaml"] + Self.selected, in: repository.url, environment: hook)
        #expect(inHook.status == 1)
        #expect(inHook.stdout.hasPrefix("teams/it/plan.okr.yaml:5:10: error:"))
    }

    @Test func moreThanOneCommitBackAndMatchedByTitle() throws {
        let repository = try GitFolder()
        let untitled = { (due: String) in "id: it-team\nmilestones:\n  - milestone: Guest Wi-Fi separated from the office network\n    due: \(due)\n" }
        try repository.commit(["it.okr.yaml": untitled("2026-11-06")])
        try repository.commit(["it.okr.yaml": untitled("2026-11-20")], message: "move silently")
        let result = try BinaryRunner.run(["it.okr.yaml", "--diff-base", "HEAD~1", "--format", "json"] + Self.selected, in: repository.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"start\": {\"line\": 4, \"column\": 10}"))
        #expect(result.stdout.contains("was due 2026-11-06 at HEAD~1"))
    }
}
