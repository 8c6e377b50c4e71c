import Foundation
import OKRLintKit
import Testing

/// The Samples carry their expected findings as comments on the line where
/// each finding starts, written by hand from the guidance: `# expect: RULE[, RULE]`
/// in YAML (at the end of a suppression directive at fault, after its reason),
/// `<!-- expect: RULE -->` in the Markdown versions under
/// Samples/markdown/ (or `# expect:` in their front matter). okrlint must
/// report exactly those of the rules it implements, at the as-of date each
/// sample declares in its first comment, and the Markdown versions must give
/// the YAML ones' findings item for item.
@Suite struct SampleExpectationsTests {
    struct Expectation: Hashable, Comparable, CustomStringConvertible {
        let file: String
        let line: Int
        let rule: String

        static func < (lhs: Expectation, rhs: Expectation) -> Bool {
            (lhs.file, lhs.line, lhs.rule) < (rhs.file, rhs.line, rhs.rule)
        }

        var description: String { "\(file):\(line) \(rule)" }
    }

    /// One workspace of samples: its folder and its files.
    struct Workspace: CustomTestStringConvertible, Sendable {
        let folder: String
        let files: [URL]
        var testDescription: String { folder }
    }

    static let workspaces = [
        Workspace(folder: "Samples", files: RepositoryPaths.sampleFiles()),
        Workspace(folder: "Samples/markdown", files: RepositoryPaths.markdownSampleFiles()),
    ]

    private static let asOf = "2026-11-01"

    private func expectations(in workspace: Workspace) throws -> [Expectation] {
        var result: [Expectation] = []
        for url in workspace.files {
            let text = try String(contentsOf: url, encoding: .utf8)
            let file = FileCompiler.compile(SourceFile(path: relative(url), text: text), fallbackPlanID: "sample")
            #expect(file.comments.first?.text.trimmingCharacters(in: .whitespaces) == "as-of: \(Self.asOf)",
                    "\(url.lastPathComponent) declares its as-of date in its first comment")
            for comment in file.comments {
                guard let rules = expectedRules(in: comment.text) else { continue }
                for rule in rules.split(separator: ",") {
                    result.append(Expectation(file: relative(url), line: comment.span.start.line, rule: rule.trimmingCharacters(in: .whitespaces)))
                }
            }
        }
        return result
    }

    /// The rule list of an `expect:` comment. A YAML line holds one comment,
    /// so a suppression directive at fault carries its expectation at its end,
    /// after the reason: `# okrlint-disable-next-line RULE -- reason # expect: suppression/unused`.
    private func expectedRules(in comment: String) -> Substring? {
        let words = comment.trimmingCharacters(in: .whitespaces)
        if words.hasPrefix("expect:") { return words.dropFirst("expect:".count) }
        guard words.hasPrefix("okrlint-"), let marker = words.range(of: " # expect:") else { return nil }
        return words[marker.upperBound...]
    }

    private func relative(_ url: URL) -> String {
        String(url.path.dropFirst(RepositoryPaths.root.path.count + 1))
    }

    private func lint(_ workspace: Workspace) throws -> LintReport {
        let asOf = try CalendarDate.parse(Self.asOf).get()
        return try LintRun(paths: [workspace.folder], currentFolder: RepositoryPaths.root.path, asOf: asOf).run()
    }

    @Test(arguments: workspaces)
    func samplesGiveExactlyTheirHandWrittenFindings(_ workspace: Workspace) throws {
        #expect(!workspace.files.isEmpty)
        let expected = try expectations(in: workspace).sorted()
        let report = try lint(workspace)
        let actual = report.findings.map { Expectation(file: $0.file, line: $0.span.start.line, rule: $0.rule) }.sorted()
        let missing = expected.filter { !actual.contains($0) }
        let unexpected = actual.filter { !expected.contains($0) }
        #expect(missing.isEmpty, "expected but not reported: \(missing)")
        #expect(unexpected.isEmpty, "reported but not expected: \(unexpected)")
        #expect(actual == expected)
        #expect(report.fileCount == workspace.files.count)
    }

    /// Every YAML sample has a Markdown version with its findings, item for
    /// item; Samples/markdown/syntax/ holds samples of the dialect alone.
    @Test func markdownSamplesGiveTheFindingsOfTheYAMLOnesItemForItem() throws {
        let names = { (files: [URL], root: URL) in
            Set(files.map { String($0.path.dropFirst(root.path.count + 1).split(separator: ".")[0]) })
        }
        let yamlNames = names(RepositoryPaths.sampleFiles(), RepositoryPaths.samples)
        let markdownNames = names(RepositoryPaths.markdownSampleFiles(), RepositoryPaths.markdownSamples)
        #expect(markdownNames.subtracting(yamlNames).allSatisfy { $0.hasPrefix("syntax/") })
        #expect(yamlNames.subtracting(markdownNames).isEmpty, "YAML samples without a Markdown version")
        func identities(_ workspace: Workspace) throws -> [String] {
            try lint(workspace).findings.compactMap { finding in
                let name = String(finding.file.dropFirst(workspace.folder.count + 1).split(separator: ".")[0])
                return yamlNames.contains(name) ? "\(name) \(finding.identity.key)" : nil
            }.sorted()
        }
        let yaml = try identities(Self.workspaces[0])
        let markdown = try identities(Self.workspaces[1])
        #expect(markdown == yaml, "only in YAML: \(yaml.filter { !markdown.contains($0) }); only in Markdown: \(markdown.filter { !yaml.contains($0) })")
    }

    @Test(arguments: workspaces)
    func everyExpectationNamesARealRule(_ workspace: Workspace) throws {
        let catalogue = Set(RuleRegistry.ids)
        for expectation in try expectations(in: workspace) {
            #expect(catalogue.contains(expectation.rule), "\(expectation) names no rule of SPEC §3")
        }
    }

    /// Every rule of SPEC §3 that a sample can show is shown by one (all but
    /// the syntax and git-history rules).
    @Test func theSamplesCoverTheCatalogue() throws {
        let shown = Set(try expectations(in: Self.workspaces[0]).map(\.rule))
        let needsNoSample = RuleRegistry.ids.filter { $0.hasPrefix("syntax/") || $0 == "milestone/silent-move" }
        #expect(Set(RuleRegistry.ids).subtracting(needsNoSample).subtracting(shown).isEmpty)
    }
}
