import Foundation
@testable import OKRLintKit
import Testing

/// The JSON and Markdown reports of a few samples, compared with committed
/// golden files that were reviewed line by line. After an intended change,
/// regenerate them with `OKRLINT_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests`
/// and review the diff.
@Suite struct ReportGoldenTests {
    @Test func jsonReportMatchesGolden() throws {
        let document = try ReportFixture.document(ReportFixture.jsonGoldenSamples)
        try compare(JSONReportRenderer.render(document), golden: "samples.report.json")
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
