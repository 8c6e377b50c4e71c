import ArgumentParser
import OKRLintKit

extension LintFormat: ExpressibleByArgument {}

/// `--report FORMAT=FILE`: another format of the same run, written to FILE.
struct ReportTarget {
    let format: LintFormat
    let path: String

    /// Parses `FORMAT=FILE`, naming what is wrong when it cannot.
    init(argument: String) throws {
        let formats = LintFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard let equals = argument.firstIndex(of: "=") else {
            throw ValidationError("expected FORMAT=FILE, e.g. sarif=okrlint.sarif (formats: \(formats))")
        }
        let name = String(argument[..<equals])
        guard let format = LintFormat(rawValue: name) else {
            throw ValidationError("unknown format '\(name)' (formats: \(formats))")
        }
        let path = String(argument[argument.index(after: equals)...])
        guard !path.isEmpty else { throw ValidationError("no file after '\(name)='; write \(name)=FILE") }
        self.format = format
        self.path = path
    }
}
