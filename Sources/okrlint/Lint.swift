import ArgumentParser
import Foundation
import OKRLintKit

/// `okrlint lint [PATH...]`: checks goal files and reports findings.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check goal files against the guidance and report findings (the default command).",
        discussion: """
            Folders are searched for *.okr.yaml, *.okr.yml and *.okr.md files; files given by name are \
            linted whatever their extension (.md and .markdown are read as Markdown). References are resolved against every goal file of the workspace.
            Exit codes: 0 no errors (and warnings within --max-warnings), 1 at least one error, \
            2 the run failed (bad arguments, unreadable path, unwritable output, a --diff-base git cannot resolve).
            """)

    @OptionGroup var goals: GoalFileOptions

    @Option(help: "Output format (default: github when GITHUB_ACTIONS=true, else text).")
    var format: LintFormat?

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp("Also write FORMAT to FILE in the same run, e.g. sarif=okrlint.sarif (repeatable).", valueName: "FORMAT=FILE"),
        transform: ReportTarget.init(argument:))
    var reports: [ReportTarget] = []

    @Option(help: ArgumentHelp("Read the file to lint from standard input and report it as NAME.", valueName: "NAME"))
    var stdinFilename: String?

    @Option(help: ArgumentHelp("Only run these rules: ids or categories such as kpi/ (repeatable, comma-separated).", valueName: "RULE"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Skip these rules: ids or categories (repeatable, comma-separated).", valueName: "RULE"))
    var ignore: [String] = []

    @Option(help: ArgumentHelp("Hide the findings recorded in this baseline file, so only new problems count.", valueName: "FILE"))
    var baseline: String?

    @Option(help: ArgumentHelp("Record today's findings in this baseline file (and exit 0).", valueName: "FILE"))
    var writeBaseline: String?

    @Option(
        parsing: .unconditional, help: ArgumentHelp("Exit 1 when there are more than N warnings.", valueName: "N"),
        transform: WholeNumber.atLeast(0))
    var maxWarnings: Int?

    @Flag(help: "Do not read or write the cross-file index cache in .okrlint-cache/ at the workspace root.")
    var noCache = false

    @Flag(help: "Apply the safe fixes (such as renaming a misspelt key) in place, then report what is left (not with --stdin-filename).")
    var fix = false

    @Option(help: ArgumentHelp(
        "Git revision whose version of each file history rules compare with (milestone/silent-move); default HEAD when PRE_COMMIT=1.",
        valueName: "REV"))
    var diffBase: String?

    @Flag(help: "Report errors only; warnings and infos are hidden and not counted.")
    var quiet = false

    @Flag(help: "Never colour the text output (NO_COLOR is honoured too).")
    var noColor = false

    func validate() throws {
        if let stdinFilename {
            guard !stdinFilename.isEmpty else { throw ValidationError("--stdin-filename needs a file name, e.g. --stdin-filename goals/team.okr.yaml") }
            guard goals.paths.isEmpty || goals.paths == ["-"] else {
                throw ValidationError("--stdin-filename lints standard input only; give no PATH (or '-'), found \(goals.paths.joined(separator: " "))")
            }
            guard !fix else {
                throw ValidationError(
                    "--fix cannot be used with --stdin-filename: the piped text has no file to be written back to, and '\(stdinFilename)' on disk is not what was linted; "
                        + "pipe the text through `okrlint lint --stdin-filename \(stdinFilename) --format json` and apply the `fix` replacements marked \"safe\", "
                        + "or save the file and run `okrlint lint \(stdinFilename) --fix`")
            }
        }
        let targets = [output].compactMap { $0 } + reports.map(\.path)
        if let twice = targets.first(where: { target in targets.count { $0 == target } > 1 }) {
            throw ValidationError("\(twice): named as the output of two formats; give --output and each --report a file of its own")
        }
    }

    func run() throws {
        let currentFolder = FileManager.default.currentDirectoryPath
        let run = LintRun(
            paths: goals.paths, currentFolder: currentFolder, asOf: try goals.asOfDate(),
            selection: try RuleSelection(select: select, ignore: ignore), configPath: goals.config,
            piped: stdinFilename.map { PipedFile(name: $0, bytes: Array(FileHandle.standardInput.readDataToEndOfFile())) },
            diffBase: DiffBase.choose(option: diffBase, environment: ProcessInfo.processInfo.environment),
            useCache: !noCache)
        var report = try run.run()
        var notes: [String] = []
        if fix {
            let outcome = try SafeFixes.apply(report, location: run.absolutePath)
            if outcome.fixes > 0 {
                notes.append("Fixed \(outcome.fixes) problem\(outcome.fixes == 1 ? "" : "s") in \(outcome.files) file\(outcome.files == 1 ? "" : "s")")
                report = try run.run()
            }
        }
        if let writeBaseline {
            try AtomicFile.write(Baseline(findings: report.findings).rendered(), to: writeBaseline)
            FileHandle.standardError.write(Data("okrlint: recorded \(report.findings.count) findings in \(writeBaseline)\n".utf8))
            return
        }
        if let baseline {
            let applied = try Baseline.read(from: baseline).apply(to: report.findings)
            report = report.replacingFindings(applied.findings)
            notes.append(BaselineNote.sentence(hidden: applied.hidden, unmatched: applied.unmatched, file: baseline))
        }
        if quiet {
            report = report.replacingFindings(report.findings.filter { $0.severity == .error })
        }
        try write(report, notes: notes)
        let summary = FindingSummary(report)
        let fails = summary.errors > 0 || (maxWarnings.map { summary.warnings > $0 } ?? false)
        withExtendedLifetime(report) { RunEnd.now(code: fails ? 1 : 0) }
    }

    /// Writes the report in its format to --output or standard output, and
    /// in the --report formats to their files: the files all or none, and
    /// standard output only once they are written.
    private func write(_ report: LintReport, notes: [String]) throws(RunError) {
        let main = format ?? LintFormat.automatic(environment: ProcessInfo.processInfo.environment)
        let rendered = main.render(report, useColor: output == nil && Terminal.supportsColor(disabled: noColor), notes: notes)
        var files = reports.map { (text: $0.format.render(report, notes: notes), path: $0.path) }
        if let output { files.insert((rendered, output), at: 0) }
        try AtomicFile.write(files)
        if output == nil { FileHandle.standardOutput.write(Data(rendered.utf8)) }
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
