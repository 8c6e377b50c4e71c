import ArgumentParser
import Foundation
import OKRLintKit

/// What `lint` and `report` read: the goal files, the as-of date and the
/// configuration file.
struct GoalFileOptions: ParsableArguments {
    @Argument(help: "Goal files and folders (default: the current folder).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Today's date for date-dependent rules and progress, e.g. 2026-11-01 (default: today).", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("Configuration file (default: the .okrlint.yaml at the workspace root).", valueName: "FILE"))
    var config: String?

    /// `--as-of`, or today.
    func asOfDate() throws(RunError) -> CalendarDate {
        guard let asOf else { return .today() }
        switch CalendarDate.parse(asOf) {
        case .success(let date): return date
        case .failure(let error): throw RunError("--as-of '\(asOf)': \(error.message)")
        }
    }

    /// A lint run over the paths from the current folder that keeps what
    /// the report shows of each plan.
    func reportRun() throws(RunError) -> LintRun {
        let asOf = try asOfDate()
        return LintRun(
            paths: paths, currentFolder: FileManager.default.currentDirectoryPath, asOf: asOf,
            configPath: config, planKeeper: ReportDocument.planKeeper(asOf: asOf))
    }
}
