import Foundation
@testable import OKRLintKit
import Testing

/// The JSON and Markdown reports of a few samples, compared with committed
/// golden files that were reviewed line by line. After an intended change,
/// regenerate them with `OKRLINT_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests`
/// and review the diff.
@Suite struct ReportGoldenTests {
    @Test func jsonReportMatchesGolden() throws {
        let report = try ReportFixture.lintReport(ReportFixture.jsonGoldenSamples)
        try compare(JSONReportRenderer.render(report, asOf: ReportFixture.asOf), golden: "samples.report.json")
    }

    /// The JSON report is serialised plan by plan as the plans are built; it
    /// must read exactly as the whole model printed at once (as the HTML
    /// template and the Markdown report see it), here with every sample.
    @Test func jsonReportIsTheModelPrinted() throws {
        let report = try ReportFixture.lintReport(["Samples"])
        let model = ReportDocument.build(report, asOf: ReportFixture.asOf)
        #expect(JSONReportRenderer.render(report, asOf: ReportFixture.asOf) == model.pretty())
        #expect((model["plans"].flatMap { if case .array(let plans) = $0 { plans.count } else { nil } } ?? 0) > 5)
    }

    @Test func markdownReportMatchesGolden() throws {
        let document = try ReportFixture.document(ReportFixture.markdownGoldenSamples)
        try compare(try MarkdownReportRenderer.render(document), golden: "samples.report.md")
    }

    private func compare(_ rendered: String, golden name: String) throws {
        if ProcessInfo.processInfo.environment["OKRLINT_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: ReportFixture.goldenFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let expected = try ReportFixture.golden(name).split(separator: "\n", omittingEmptySubsequences: false)
        let actual = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        let firstDifference = zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }
        if let (line, (wanted, found)) = firstDifference {
            Issue.record("\(name):\(line + 1): expected \(wanted)\n found \(found)")
        }
        #expect(expected.count == actual.count, "\(name): \(expected.count) lines expected, \(actual.count) rendered")
    }
}
