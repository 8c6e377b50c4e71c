import Foundation
import Testing

/// `okrlint report` through the real binary: formats, outputs, templates and exit codes.
@Suite struct ReportCommandTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func samplesToAFolderGiveAnIndexAndAPagePerPlan() throws {
        let folder = try TemporaryFolder()
        let site = folder.url.appendingPathComponent("site").path
        let result = try BinaryRunner.run(["report", "Samples", "--format", "html", "--as-of", "2026-11-01", "-o", site + "/"], in: Self.repository)
        #expect(result.status == 0, "findings do not fail a report: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let pages = try FileManager.default.contentsOfDirectory(atPath: site).sorted()
        #expect(pages.contains("index.html") && pages.contains("cx-2026-q4.html"))
        #expect(pages.count == 22, "index.html and the 21 sample plans")
        let page = try String(contentsOfFile: site + "/cx-2026-q4.html", encoding: .utf8)
        #expect(page.contains(#"<a href="index.html">"#) && page.contains("Customer Operations — Q4 2026"))
    }

    @Test func jsonAndMarkdownGoToStandardOutputOrAFile() throws {
        let json = try BinaryRunner.run(["report", "Samples/clean-team.okr.yaml", "--format", "json", "--as-of", "2026-11-01"], in: Self.repository)
        #expect(json.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(parsed?["version"] as? Int == 1)
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("status.md").path
        let markdown = try BinaryRunner.run(["report", "Samples", "--format", "markdown", "--as-of", "2026-11-01", "--max-chars", "3000", "-o", file], in: Self.repository)
        #expect(markdown.status == 0 && markdown.stdout.isEmpty)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.hasPrefix("## Goals status · 2026-W44") && text.contains("**Truncated**") && text.utf16.count <= 3000)
    }

    @Test func userTemplateReplacesThePage() throws {
        let folder = try TemporaryFolder()
        let template = try folder.write("page.mustache", "{{#plans}}[{{id}}]{{/plans}} {{as_of}}")
        let result = try BinaryRunner.run(["report", "Samples/clean-team.okr.yaml", "--as-of", "2026-11-01", "--template", template.path], in: Self.repository)
        #expect(result.status == 0)
        #expect(result.stdout == "[cx-2026-q4] 2026-11-01")
    }

    @Test func aMissingTemplateIsNamedAsMissing() throws {
        let result = try BinaryRunner.run(["report", "Samples", "--template", "nope.mustache"], in: Self.repository)
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.contains("nope.mustache: no such file"), "\(result.stderr)")
    }

    @Test func aMaxCharsTooSmallForTheNoteSaysTheSmallest() throws {
        let arguments = ["report", "Samples", "--format", "markdown", "--as-of", "2026-11-01", "--max-chars"]
        let tooSmall = try BinaryRunner.run(arguments + ["300"], in: Self.repository)
        #expect(tooSmall.status == 2 && tooSmall.stdout.isEmpty)
        let smallest = try #require(Int(tooSmall.stderr.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""), "\(tooSmall.stderr)")
        #expect(tooSmall.stderr.contains("--max-chars 300 cannot hold") && smallest > 300)
        let fits = try BinaryRunner.run(arguments + [String(smallest)], in: Self.repository)
        #expect(fits.status == 0 && fits.stdout.utf16.count <= smallest)
        #expect(fits.stdout.hasSuffix("Run `okrlint report --format html` for the full report.\n"))
        let roomy = try BinaryRunner.run(arguments + ["400"], in: Self.repository)
        #expect(roomy.status == 0 && roomy.stdout.utf16.count <= 400)
        #expect(roomy.stdout.hasSuffix("Run `okrlint report --format html` for the full report.\n"), "the note is whole")
    }

    @Test func runErrorsExitTwoWithNothingOnStandardOutput() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("broken.mustache", "{{#plans}} unclosed")
        let cases: [[String]] = [
            ["report", "Samples", "--template", broken.path],
            ["report", "Samples", "--template", folder.url.appendingPathComponent("missing.mustache").path],
            ["report", "Samples", "--format", "json", "--template", broken.path],
            ["report", "Samples", "--format", "markdown", "-o", folder.url.path],
            ["report", "Samples", "--format", "markdown", "--max-chars", "10"],
            ["report", "Samples", "--as-of", "2026-13-01"],
            ["report", "no-such-folder"],
        ]
        for arguments in cases {
            let result = try BinaryRunner.run(arguments, in: Self.repository)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty && !result.stderr.isEmpty, "\(arguments)")
        }
    }
}
