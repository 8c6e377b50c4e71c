import ArgumentParser
import Foundation
import OKRLintKit

/// `okrlint convert FILE --to yaml|markdown`: one model, two syntaxes.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a goal file between YAML and Markdown.",
        discussion: """
            The plan is read from FILE (YAML, or Markdown for .md and .markdown) and written in the other \
            syntax with every value kept as written, so converting back gives the same plan. Comments \
            travel as comments; anything that cannot be carried is listed on standard error. \
            Exit codes: 0 converted, 2 the file cannot be read or converted, or the output cannot be written.
            """)

    @Argument(help: "The goal file to convert.")
    var file: String

    @Option(help: "The syntax to write: yaml or markdown.")
    var to: GoalFileFormat

    @Option(name: [.short, .long], help: ArgumentHelp("Write the result to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    func run() throws {
        let data = try InputFile.read(file, expected: "convert takes one goal file")
        let source = SourceFile(path: file, bytes: Array(data))
        let converted: GoalFileConverter.Output
        do {
            converted = try GoalFileConverter.convert(source, to: to)
        } catch {
            let start = error.diagnostic.span.start
            throw RunError("\(file):\(start.line):\(start.column): cannot convert: \(error.diagnostic.message) [\(error.diagnostic.rule)]")
        }
        if let output {
            try AtomicFile.write(converted.text, to: output)
        } else {
            FileHandle.standardOutput.write(Data(converted.text.utf8))
        }
        for note in converted.notes {
            FileHandle.standardError.write(Data("okrlint: \(file):\(note.line): not carried: \(note.message)\n".utf8))
        }
    }
}

extension GoalFileFormat: ExpressibleByArgument {}
