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

    @OptionGroup var goals: GoalFileOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp("Only run these rules: ids or categories such as kpi/ (repeatable, comma-separated).", valueName: "RULE"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Skip these rules: ids or categories (repeatable, comma-separated).", valueName: "RULE"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("Hide the findings recorded in this baseline file, so only new problems count.", valueName: "FILE"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record today's findings in this baseline file (and exit 0).", valueName: "FILE"))
    var writeBaseline: String?

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
        var report = try goals.lintRun(selection: try RuleSelection(select: select, ignore: ignore)).run()
        if let writeBaseline {
            try AtomicFile.write(Baseline(findings: report.findings).rendered(), to: writeBaseline)
            FileHandle.standardError.write(Data("okrlint: recorded \(report.findings.count) findings in \(writeBaseline)\n".utf8))
            return
        }
        var baselineNote: String?
        if let baseline {
            let applied = try Baseline.read(from: baseline).apply(to: report.findings)
            report = report.replacingFindings(applied.findings)
            baselineNote = BaselineNote.sentence(hidden: applied.hidden, unmatched: applied.unmatched, file: baseline)
        }
        if quiet {
            report = report.replacingFindings(report.findings.filter { $0.severity == .error })
        }
        let rendered: String
        switch format {
        case .text:
            let emitter = TextLintEmitter(useColor: output == nil && Terminal.supportsColor(disabled: noColor))
            rendered = emitter.render(report, notes: [baselineNote].compactMap { $0 })
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
}

/// The summary line about a baseline's effect.
enum BaselineNote {
    static func sentence(hidden: Int, unmatched: Int, file: String) -> String {
        var text = "\(hidden) finding\(hidden == 1 ? "" : "s") hidden by the baseline \(file)"
        if unmatched > 0 {
            text += "; \(unmatched) baseline entr\(unmatched == 1 ? "y no longer matches" : "ies no longer match") (fixed? write the baseline again)"
        }
        return text
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
