import Foundation
@testable import OKRLintKit

/// Report models built the way `okrlint report` builds them: a lint run over
/// files on disk, shown relative to the repository (or a temporary folder).
enum ReportFixture {
    static let asOf = try! CalendarDate.parse("2026-11-01").get()

    /// The report model of `paths` (relative to `folder`, by default the repository root).
    static func document(_ paths: [String], in folder: URL = RepositoryPaths.root) throws -> JSONValue {
        ReportDocument.build(try lintReport(paths, in: folder), asOf: asOf)
    }

    /// The lint run a report of `paths` is made from.
    static func lintReport(_ paths: [String], in folder: URL = RepositoryPaths.root) throws -> LintReport {
        try LintRun(paths: paths, currentFolder: folder.path, asOf: asOf, planKeeper: ReportDocument.planKeeper(asOf: asOf)).run()
    }

    /// The committed golden file `name` under Report/Golden.
    static func golden(_ name: String) throws -> String {
        try String(contentsOf: goldenFolder.appendingPathComponent(name), encoding: .utf8)
    }

    static let goldenFolder = RepositoryPaths.root.appendingPathComponent("Tests/OKRLintKitTests/Report/Golden")

    /// The samples the JSON golden file shows: a clean plan, and one on a metric path with a finding.
    static let jsonGoldenSamples = ["Samples/clean-team.okr.yaml", "Samples/revenue-path.okr.yaml"]

    /// The samples the Markdown golden file shows: those two, a KPI out of range and an overdue milestone.
    static let markdownGoldenSamples = jsonGoldenSamples + ["Samples/kpis-without-guardrails.okr.yaml", "Samples/milestone-hygiene.okr.yaml"]

    /// A throwaway workspace holding `files` (an empty `.okrlint.yaml` unless given), removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("okrlint-report-\(UUID().uuidString)")
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        if files[".okrlint.yaml"] == nil {
            try "".write(to: folder.appendingPathComponent(".okrlint.yaml"), atomically: true, encoding: .utf8)
        }
        return folder
    }
}
