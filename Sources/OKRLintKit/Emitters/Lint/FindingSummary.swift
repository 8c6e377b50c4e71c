/// Counts of findings by severity, as the summaries of every format give them.
public struct FindingSummary: Sendable, Equatable {
    public let files: Int
    public let errors: Int
    public let warnings: Int
    public let infos: Int

    public init(_ report: LintReport) {
        files = report.fileCount
        errors = report.findings.count { $0.severity == .error }
        warnings = report.findings.count { $0.severity == .warning }
        infos = report.findings.count { $0.severity == .info }
    }

    /// "3 errors, 5 warnings in 12 files" (infos only when there are some).
    public var sentence: String {
        let fileWord = counted(files, "file")
        guard errors + warnings + infos > 0 else { return "No problems found in \(fileWord)" }
        var parts = [counted(errors, "error"), counted(warnings, "warning")]
        if infos > 0 { parts.append(counted(infos, "info")) }
        return parts.joined(separator: ", ") + " in " + fileWord
    }

    private func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
