import Foundation
import Testing

/// Every exit-2 path of the command line, through the real binary: exit code
/// 2, nothing on standard output, no file written, and one line on standard
/// error naming the flag or file, what is wrong and how to fix it (SPEC §4),
/// including the mistakes swift-argument-parser itself catches.
@Suite struct ExitTwoMessageTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let message: String
        var asNobody = false

        var testDescription: String { "okrlint " + arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        // Values swift-argument-parser checks: formats and whole numbers.
        Case(arguments: ["--format", "xml", "a.okr.yaml"], message: "--format 'xml': unknown value; use one of text, json, sarif, github, junit, markdown"),
        Case(arguments: ["report", "a.okr.yaml", "--format", "pdf"], message: "--format 'pdf': unknown value; use one of html, markdown, json"),
        Case(arguments: ["rules", "--format", "pdf"], message: "--format 'pdf': unknown value; use one of text, json, markdown"),
        Case(arguments: ["convert", "a.okr.yaml", "--to", "pdf"], message: "--to 'pdf': unknown value; use one of yaml, markdown"),
        Case(arguments: ["--max-warnings", "-3", "a.okr.yaml"], message: "--max-warnings '-3': must be a whole number 0 or more"),
        Case(arguments: ["--max-warnings=many", "a.okr.yaml"], message: "--max-warnings 'many': must be a whole number 0 or more"),
        Case(arguments: ["a.okr.yaml", "--max-warnings"], message: "--max-warnings needs a value (--max-warnings <N>); run `okrlint lint --help` for the options"),
        Case(
            arguments: ["report", "a.okr.yaml", "--format", "markdown", "--max-chars", "10"],
            message: "--max-chars '10': must be a whole number 200 or more"),
        // Values okrlint checks.
        Case(arguments: ["--as-of", "2026-02-30", "a.okr.yaml"], message: "--as-of '2026-02-30': 2026-02-30 is not a date: February 2026 has 28 days"),
        Case(arguments: ["--select", "kpi/nope", "a.okr.yaml"], message: "unknown rule 'kpi/nope' in --select; run `okrlint rules` for the list"),
        Case(arguments: ["--ignore", "nonsense", "a.okr.yaml"], message: "unknown rule 'nonsense' in --ignore; run `okrlint rules` for the list"),
        Case(
            arguments: ["--report", "sarif", "a.okr.yaml"],
            message: "--report 'sarif': expected FORMAT=FILE, e.g. sarif=okrlint.sarif (formats: text, json, sarif, github, junit, markdown)"),
        Case(
            arguments: ["--report", "pdf=x.pdf", "a.okr.yaml"],
            message: "--report 'pdf=x.pdf': unknown format 'pdf' (formats: text, json, sarif, github, junit, markdown)"),
        Case(arguments: ["--report", "sarif=", "a.okr.yaml"], message: "--report 'sarif=': no file after 'sarif='; write sarif=FILE"),
        Case(
            arguments: ["-o", "r.txt", "--report", "text=r.txt", "a.okr.yaml"],
            message: "r.txt: named as the output of two formats; give --output and each --report a file of its own"),
        Case(arguments: ["--stdin-filename", ""], message: "--stdin-filename needs a file name, e.g. --stdin-filename goals/team.okr.yaml"),
        Case(
            arguments: ["report", "a.okr.yaml", "--format", "json", "--template", "page.mustache"],
            message: "--template applies to --format html only; remove --template, or use --format html"),
        // Options and arguments swift-argument-parser does not know, or misses.
        Case(arguments: ["--formt", "json"], message: "unknown option '--formt'; did you mean '--format'? (run `okrlint lint --help` for the options)"),
        Case(arguments: ["report", "-x"], message: "unknown option '-x'; run `okrlint report --help` for the options"),
        Case(arguments: ["--quiet=yes", "a.okr.yaml"], message: "--quiet takes no value, found 'yes'; write --quiet alone"),
        Case(arguments: ["explain"], message: "missing the required <rule>; run `okrlint explain --help` for the usage"),
        Case(arguments: ["convert", "a.okr.yaml"], message: "missing the required --to <to>; run `okrlint convert --help` for the usage"),
        Case(arguments: ["explain", "kr/activity", "extra"], message: "unexpected argument 'extra'; run `okrlint explain --help` for the usage"),
        Case(arguments: ["rules", "a", "b"], message: "2 unexpected arguments: 'a', 'b'; run `okrlint rules --help` for the usage"),
        Case(arguments: ["explain", "nope"], message: "unknown rule 'nope'; run `okrlint rules` for the list"),
        // Files that cannot be read.
        Case(arguments: ["convert", "missing.okr.yaml", "--to", "markdown"], message: "missing.okr.yaml: no such file; convert takes one goal file"),
        Case(arguments: ["convert", "adir", "--to", "yaml"], message: "adir: is a folder; convert takes one goal file"),
        Case(arguments: ["report", "a.okr.yaml", "--template", "missing.mustache"], message: "missing.mustache: no such file; --template takes a Mustache file"),
        // Outputs that cannot be written.
        Case(
            arguments: ["a.okr.yaml", "--output", "nofolder/x.txt"],
            message: "nofolder/x.txt: cannot write the output: its folder 'nofolder' does not exist; create it first, or choose another path"),
        Case(arguments: ["a.okr.yaml", "--output", "adir"], message: "adir: cannot write the output: it is a folder; name a file"),
        Case(
            arguments: ["a.okr.yaml", "--output", "/proc/version"],
            message: "/proc/version: cannot write the output: not writable: its folder '/proc' does not accept new files; choose another path"),
        Case(
            arguments: ["a.okr.yaml", "--output", "a.okr.yaml/out.txt"],
            message: "a.okr.yaml/out.txt: cannot write the output: 'a.okr.yaml' is a file, not a folder; choose another path"),
        Case(
            arguments: ["a.okr.yaml", "--output", "locked/report.txt"],
            message: "locked/report.txt: cannot write the output: its folder 'locked' is not writable (permission denied); choose another path",
            asNobody: true),
        Case(
            arguments: ["convert", "a.okr.yaml", "--to", "markdown", "-o", "/proc/version"],
            message: "/proc/version: cannot write the output: not writable: its folder '/proc' does not accept new files; choose another path"),
        Case(
            arguments: ["report", "a.okr.yaml", "--format", "html", "-o", "/proc/version"],
            message: "/proc/version: cannot write the output: not writable: its folder '/proc' does not accept new files; choose another path"),
        Case(
            arguments: ["report", "a.okr.yaml", "--format", "html", "-o", "/proc/site/"],
            message: "/proc/site/: cannot create the folder: not writable: its folder '/proc' does not accept new files; choose another path"),
        Case(
            arguments: ["report", "a.okr.yaml", "--format", "markdown", "-o", "adir"],
            message: "adir: cannot write the output: it is a folder (only --format html writes a folder of pages); name a file"),
        Case(
            arguments: ["init", "existing"],
            message: "existing: init would overwrite .okrlint.yaml; nothing was written (move it away, or run init in another folder)"),
    ]

    @Test(arguments: cases)
    func printsOneLineAndNothingElse(_ example: Case) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.okr.yaml", "id: a\n")
        try folder.write("adir/keep.txt", "")
        try folder.write("existing/.okrlint.yaml", "extends: recommended\n")
        try folder.write("locked/keep.txt", "")
        chmod(folder.url.appendingPathComponent("locked").path, 0o555)
        let before = try Self.contents(of: folder.url)
        let result = try BinaryRunner.run(example.arguments, in: folder.url, asNobody: example.asNobody)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "okrlint: \(example.message)\n")
        #expect(try Self.contents(of: folder.url) == before, "nothing is written, not even in part")
    }

    @Test func theReadmeExamplesAreMessagesOfThisTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = readme.split(separator: "\n").filter { $0.hasPrefix("okrlint: ") }.map { String($0.dropFirst("okrlint: ".count)) }
        #expect(examples.count >= 5)
        for example in examples {
            #expect(Self.cases.contains { $0.message == example }, "README shows '\(example)', which no case prints")
        }
    }

    /// Every path under `folder` with its size, but the index cache (a lint
    /// run keeps it whatever happens to its outputs).
    private static func contents(of folder: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".okrlint-cache") }.sorted().map { path in
            let size = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)[.size] as? Int
            return "\(path) \(size ?? -1)"
        }
    }
}
