import Foundation
@testable import OKRLintKit
import Testing

/// `okrlint convert` is lossless: every YAML sample converted to Markdown and
/// back gives the same plan (values, unknown keys and malformed values
/// included), the Markdown gives the findings of the YAML item for item, and
/// what cannot be carried is noted.
@Suite struct ConvertRoundTripTests {
    static let samples = RepositoryPaths.sampleFiles().map { String($0.path.dropFirst(RepositoryPaths.samples.path.count + 1)) }

    private func source(_ name: String) throws -> SourceFile {
        SourceFile(path: name, text: try String(contentsOf: RepositoryPaths.samples.appendingPathComponent(name), encoding: .utf8))
    }

    private func convert(_ source: SourceFile, to format: GoalFileFormat) throws -> (SourceFile, [ConversionNote]) {
        let output = try GoalFileConverter.convert(source, to: format)
        let path = source.path.replacingOccurrences(of: format == .markdown ? ".okr.yaml" : ".okr.md", with: format == .markdown ? ".okr.md" : ".okr.yaml")
        return (SourceFile(path: path, text: output.text), output.notes)
    }

    private func plan(_ file: SourceFile) -> String {
        ModelSnapshot.of(FileCompiler.compile(file, fallbackPlanID: "sample").plan as Any)
    }

    @Test(arguments: samples)
    func yamlToMarkdownToYAMLKeepsThePlan(_ name: String) throws {
        let yaml = try source(name)
        let (markdown, notes) = try convert(yaml, to: .markdown)
        let (back, backNotes) = try convert(markdown, to: .yaml)
        #expect(plan(markdown) == plan(yaml), "\(markdown.bytes.count) bytes of Markdown")
        #expect(plan(back) == plan(yaml))
        #expect(backNotes.isEmpty)
        let duplicates = FileCompiler.compile(yaml, fallbackPlanID: "sample").diagnostics.filter { $0.rule == "schema/duplicate-key" }
        #expect(notes.map(\.line) == duplicates.map(\.span.start.line), "only duplicate keys are not carried: \(notes)")
        let markdownProblems = FileCompiler.compile(markdown, fallbackPlanID: "sample").diagnostics.filter { $0.rule.hasPrefix("syntax/") }
        #expect(markdownProblems.isEmpty, "\(markdownProblems)")
    }

    @Test(arguments: samples)
    func commentsTravelBothWays(_ name: String) throws {
        let yaml = try source(name)
        let (markdown, _) = try convert(yaml, to: .markdown)
        let (back, _) = try convert(markdown, to: .yaml)
        let texts = { (file: SourceFile) in
            FileCompiler.compile(file, fallbackPlanID: "sample").comments.map { $0.text.trimmingCharacters(in: .whitespaces) }
        }
        #expect(texts(markdown) == texts(yaml))
        #expect(texts(back) == texts(yaml))
    }

    @Test func theConvertedWorkspaceGivesTheSameFindingsItemForItem() throws {
        var yaml: [String: String] = [:]
        var markdown: [String: String] = [:]
        var dropped = 0
        for name in Self.samples {
            let file = try source(name)
            yaml[name] = String(decoding: file.bytes, as: UTF8.self)
            let (converted, notes) = try convert(file, to: .markdown)
            markdown[converted.path] = String(decoding: converted.bytes, as: UTF8.self)
            dropped += notes.count
        }
        func findings(_ files: [String: String]) -> [String] {
            let compiled = files.keys.sorted().map { TestWorkspace.compile($0, files[$0]!) }
            let options = LintOptions(asOf: try! CalendarDate.parse("2026-11-01").get())
            return Linter.lint(compiled, alongside: [], options: options).map { finding in
                "\(finding.file.split(separator: ".")[0]) \(finding.identity.key)"
            }.sorted()
        }
        let fromYAML = findings(yaml)
        let fromMarkdown = findings(markdown)
        let lost = fromYAML.filter { !fromMarkdown.contains($0) }
        #expect(lost.count == dropped && lost.allSatisfy { $0.hasSuffix("schema/duplicate-key") }, "\(lost)")
        #expect(fromMarkdown.filter { !fromYAML.contains($0) }.isEmpty)
        #expect(fromYAML.count > 30)
    }
}
