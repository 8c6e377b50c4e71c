import Foundation
import OKRLintKit
import Testing

/// The Samples carry their expected findings as `# expect: RULE[, RULE]`
/// comments on the line where each finding starts, written by hand from the
/// guidance. okrlint must report exactly those of the rules it implements,
/// at the as-of date each sample declares in its `# as-of:` first line.
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

    private static let asOf = "2026-11-01"

    private func expectations() throws -> [Expectation] {
        var result: [Expectation] = []
        for url in RepositoryPaths.sampleFiles() {
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.hasPrefix("# as-of: \(Self.asOf)\n"), "\(url.lastPathComponent) declares its as-of date")
            let file = FileCompiler.compile(SourceFile(path: relative(url), text: text), fallbackPlanID: "sample")
            for comment in file.comments {
                let words = comment.text.trimmingCharacters(in: .whitespaces)
                guard words.hasPrefix("expect:") else { continue }
                for rule in words.dropFirst("expect:".count).split(separator: ",") {
                    result.append(Expectation(file: relative(url), line: comment.span.start.line, rule: rule.trimmingCharacters(in: .whitespaces)))
                }
            }
        }
        return result
    }

    private func relative(_ url: URL) -> String {
        String(url.path.dropFirst(RepositoryPaths.root.path.count + 1))
    }

    @Test func samplesGiveExactlyTheirHandWrittenFindings() throws {
        let implemented = Set(RuleRegistry.ids)
        let expected = try expectations().filter { implemented.contains($0.rule) }.sorted()
        let asOf = try CalendarDate.parse(Self.asOf).get()
        let report = try LintRun(paths: ["Samples"], currentFolder: RepositoryPaths.root.path, asOf: asOf).run()
        let actual = report.findings.map { Expectation(file: $0.file, line: $0.span.start.line, rule: $0.rule) }.sorted()
        let missing = expected.filter { !actual.contains($0) }
        let unexpected = actual.filter { !expected.contains($0) }
        #expect(missing.isEmpty, "expected but not reported: \(missing)")
        #expect(unexpected.isEmpty, "reported but not expected: \(unexpected)")
        #expect(actual == expected)
        #expect(report.fileCount == RepositoryPaths.sampleFiles().count)
    }

    @Test func everyExpectationNamesARealRule() throws {
        let catalogue = Set(RuleRegistry.ids).union(Self.laterRules)
        for expectation in try expectations() {
            #expect(catalogue.contains(expectation.rule), "\(expectation) names no rule of SPEC §3")
        }
    }

    /// Rules of SPEC §3 that later issues add; expectations for them wait in the samples.
    private static let laterRules: Set<String> = [
        "plan/missing-period", "plan/no-kpis", "plan/framework-fit", "plan/no-review-date",
        "objective/kr-count", "objective/not-one-line", "objective/has-metric", "objective/task-list",
        "objective/no-customer-or-risk", "objective/missing-owner",
        "kr/not-measurable", "kr/output-metric", "kr/missing-evidence", "kr/kpi-promoted", "kr/stale-checkin", "kr/off-track",
        "kpi/missing-trigger", "kpi/missing-owner", "kpi/too-many", "kpi/stale-review", "kpi/out-of-range",
        "milestone/not-evidence", "milestone/missing-date", "milestone/missing-owner", "milestone/overdue",
        "milestone/done-without-evidence", "milestone/move-without-reason", "milestone/too-granular",
        "weekly/format", "weekly/unlinked", "weekly/too-many", "decision/missing-owner",
        "kr/activity", "milestone/vague",
    ]
}
