import ArgumentParser
import Foundation
import OKRLintKit

/// `okrlint lint [PATH...]`: checks goal files and reports findings.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check goal files against the guidance and report findings (the default command).",
        discussion: """
            Folders are searched for *.okr.yaml and *.okr.yml files; files given by name are linted \
            whatever their extension. References are resolved against every goal file of the workspace.
            Exit codes: 0 no errors (and warnings within --max-warnings), 1 at least one error, \
            2 the run failed (bad arguments, unreadable path, unwritable output).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Files and folders to lint (default: the current folder).")
    var paths: [String] = []

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Today's date for date-dependent rules, e.g. 2026-11-01 (default: today).", valueName: "DATE"))
    var asOf: String?

    @Option(help: ArgumentHelp("Only run these rules: ids or categories such as kpi/ (repeatable, comma-separated).", valueName: "RULE"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Skip these rules: ids or categories (repeatable, comma-separated).", valueName: "RULE"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("Exit 1 when there are more than N warnings.", valueName: "N"))
    var maxWarnings: Int?

    @Flag(help: "Report errors only; warnings and infos are hidden and not counted.")
    var quiet = false

    @Flag(help: "Never colour the text output (NO_COLOR is honoured too).")
    var noColor = false

    func validate() throws {
        if let maxWarnings, maxWarnings < 0 {
            throw ValidationError("--max-warnings must be zero or more, found \(maxWarnings)")
        }
    }

    func run() throws {
        let options = LintOptions(
            asOf: try parseAsOf(),
            selection: try RuleSelection(select: select, ignore: ignore))
        let currentFolder = FileManager.default.currentDirectoryPath
        var report = try LintRun(paths: paths, currentFolder: currentFolder, options: options).run()
        if quiet {
            report = LintReport(findings: report.findings.filter { $0.severity == .error }, fileCount: report.fileCount, sources: report.sources)
        }
        let rendered: String
        switch format {
        case .text: rendered = TextLintEmitter(useColor: output == nil && Terminal.supportsColor(disabled: noColor)).render(report)
        case .json: rendered = JSONLintEmitter.render(report)
        }
        if let output {
            try AtomicFile.write(rendered, to: output)
        } else {
            FileHandle.standardOutput.write(Data(rendered.utf8))
        }
        let summary = FindingSummary(report)
        if summary.errors > 0 || (maxWarnings.map { summary.warnings > $0 } ?? false) {
            throw ExitCode(1)
        }
    }

    private func parseAsOf() throws(RunError) -> CalendarDate {
        guard let asOf else { return .today() }
        switch CalendarDate.parse(asOf) {
        case .success(let date): return date
        case .failure(let error): throw RunError("--as-of '\(asOf)': \(error.message)")
        }
    }
}

/// Whether standard output is a terminal that should get colours.
enum Terminal {
    static func supportsColor(disabled: Bool) -> Bool {
        if disabled { return false }
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
        return isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }
}
