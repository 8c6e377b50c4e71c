import ArgumentParser
import Foundation
import OKRLintKit

/// `okrlint report [PATH...]`: the weekly status report of goal files, as a
/// self-contained HTML page (or a folder of pages), Markdown or JSON.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report progress and status: an HTML status page, a Markdown summary or the JSON report.",
        discussion: """
            The report holds every plan of the goal files with computed progress and status, and the open \
            lint findings. With --output DIR (an existing folder, or a path ending in /) the HTML report is \
            a folder: index.html, plus one page per plan when there are several.
            Exit codes: 0 the report was written (whatever the findings), 2 the run failed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case html, markdown, json
    }

    @OptionGroup var goals: GoalFileOptions

    @Option(help: "Output format: html, markdown or json.")
    var format: Format = .html

    @Option(name: [.short, .long], help: ArgumentHelp("Write to FILE, or for html to a folder DIR, instead of standard output.", valueName: "FILE|DIR"))
    var output: String?

    @Option(help: ArgumentHelp("A Mustache template to use instead of the default HTML page.", valueName: "FILE"))
    var template: String?

    @Option(
        help: ArgumentHelp(
            "Cut the Markdown report to at most N characters, saying what was left out. (default: \(MarkdownReportRenderer.defaultMaxChars))",
            valueName: "N"),
        transform: WholeNumber.atLeast(200))
    var maxChars: Int = MarkdownReportRenderer.defaultMaxChars

    func validate() throws {
        if template != nil, format != .html {
            throw ValidationError("--template applies to --format html only; remove --template, or use --format html")
        }
    }

    func run() throws {
        let renderer = try format == .html ? loadRenderer() : nil
        let run = try goals.reportRun()
        let result = try run.run()
        try withExtendedLifetime(result) {
            switch format {
            case .html:
                guard let renderer else { return }
                let document = ReportDocument.build(result, asOf: run.asOf)
                if let output, ReportOutput.isFolder(output) {
                    try ReportFolder.write(renderer.sitePages(document), to: output)
                } else {
                    try ReportOutput.write(pieces: renderer.pagePieces(document).pieces, to: output)
                }
            case .markdown:
                let document = ReportDocument.build(result, asOf: run.asOf)
                try ReportOutput.write(try MarkdownReportRenderer.render(document, maxChars: maxChars), to: output)
            case .json:
                try ReportOutput.write(pieces: JSONReportRenderer.renderPieces(result, asOf: run.asOf), to: output)
            }
            RunEnd.now(code: 0)
        }
    }

    /// The default page, or the `--template` file.
    private func loadRenderer() throws(RunError) -> HTMLReportRenderer {
        guard let template else { return try HTMLReportRenderer() }
        let data = try InputFile.read(template, expected: "--template takes a Mustache file")
        guard let text = String(data: data, encoding: .utf8) else {
            throw RunError("\(template): the template is not UTF-8 text")
        }
        return try HTMLReportRenderer(template: text, templateName: template)
    }
}

/// Where a Markdown, JSON or one-page HTML report goes: standard output or
/// one file, written atomically (a folder of pages is `ReportFolder`'s).
enum ReportOutput {
    /// Whether `path` names a folder: an existing one, or a path ending in `/`.
    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    static func write(_ text: String, to path: String?) throws(RunError) {
        try write(pieces: [Array(text.utf8)], to: path)
    }

    /// Writes UTF-8 `pieces` in order, to `path` or standard output.
    static func write(pieces: [[UInt8]], to path: String?) throws(RunError) {
        guard let path else {
            for piece in pieces { FileHandle.standardOutput.write(Data(piece)) }
            return
        }
        if isFolder(path) {
            throw RunError("\(path): cannot write the output: it is a folder (only --format html writes a folder of pages); name a file")
        }
        try AtomicFile.write(pieces: pieces, to: path)
    }
}
