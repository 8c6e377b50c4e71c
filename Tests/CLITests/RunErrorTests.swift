import Foundation
import Testing

/// Every exit-2 case of SPEC §4: one message on standard error naming the
/// path or value, nothing on standard output, no file left behind.
@Suite struct RunErrorTests {
    private func expectRunError(_ result: BinaryRunner.Result, mentioning words: [String]) {
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.split(separator: "\n").count == 1, "one message: \(result.stderr)")
        for word in words {
            #expect(result.stderr.contains(word), "\(result.stderr) should mention \(word)")
        }
    }

    @Test func missingPath() throws {
        let folder = try TemporaryFolder()
        expectRunError(try BinaryRunner.run(["lint", "nowhere.okr.yaml"], in: folder.url), mentioning: ["nowhere.okr.yaml", "no such file"])
    }

    @Test func folderWithoutGoalFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("docs/readme.md", "# nothing here\n")
        try folder.write("x.okr.yaml/inner.txt", "a folder named like a goal file\n")
        expectRunError(try BinaryRunner.run(["docs"], in: folder.url), mentioning: ["docs", "no goal files"])
        expectRunError(try BinaryRunner.run(["x.okr.yaml"], in: folder.url), mentioning: ["x.okr.yaml", "no goal files"])
        let here = try BinaryRunner.run([], in: folder.url.appendingPathComponent("docs"))
        #expect(here.stderr == "okrlint: .: the folder holds no goal files (*.okr.yaml, *.okr.yml, *.okr.md)\n")
    }

    @Test func unknownRuleSuggestsTheClosest() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.okr.yaml", "id: a\n")
        expectRunError(
            try BinaryRunner.run(["--select", "kpi/missing-rnge", "a.okr.yaml"], in: folder.url),
            mentioning: ["kpi/missing-rnge", "--select", "did you mean 'kpi/missing-range'"])
        expectRunError(try BinaryRunner.run(["--ignore", "nonsense", "a.okr.yaml"], in: folder.url), mentioning: ["nonsense", "--ignore"])
    }

    @Test(arguments: [("syntax/yaml", "syntax/yaml"), ("syntax", "syntax/"), ("kpi/,syntax/", "syntax/")])
    func ignoringSyntaxRulesIsRefused(_ ignored: String, _ named: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.okr.yaml", "id: a\n")
        let result = try BinaryRunner.run(["--ignore", ignored, "a.okr.yaml"], in: folder.url)
        expectRunError(result, mentioning: [])
        #expect(result.stderr == """
            okrlint: syntax findings cannot be turned off: a file okrlint cannot read must never pass unchecked; \
            remove \(named) from --ignore

            """)
    }

    @Test func badArguments() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.okr.yaml", "id: a\n")
        expectRunError(try BinaryRunner.run(["--as-of", "2026-02-30", "a.okr.yaml"], in: folder.url), mentioning: ["--as-of", "2026-02-30"])
        let badFormat = try BinaryRunner.run(["--format", "xml", "a.okr.yaml"], in: folder.url)
        #expect(badFormat.status == 2)
        #expect(badFormat.stdout.isEmpty)
        #expect(badFormat.stderr.contains("xml"))
    }

    @Test func unreadableFileUnderAnUnprivilegedUser() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("secret.okr.yaml", "id: secret\n")
        chmod(file.path, 0o000)
        expectRunError(try BinaryRunner.run(["secret.okr.yaml"], in: folder.url, asNobody: true), mentioning: ["secret.okr.yaml", "cannot be read"])
    }

    @Test func unwritableOutputLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.okr.yaml", "id: a\nkpis:\n  - kpi: Backlog\n")
        let locked = folder.url.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0o555)
        let result = try BinaryRunner.run(["a.okr.yaml", "--output", "locked/report.txt"], in: folder.url, asNobody: true)
        expectRunError(result, mentioning: ["locked/report.txt", "cannot write"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }
}
