/// Applies the safe fixes of a lint report to the files (`--fix`): only the
/// spans involved are edited, so comments, the byte-order mark, line endings
/// and formatting survive; a file with syntax errors is never touched; each
/// file is written atomically.
public enum SafeFixes {
    /// How many fixes were applied, in how many files.
    public struct Outcome: Sendable, Equatable {
        public let fixes: Int
        public let files: Int
    }

    /// `location` turns a finding's path into the path to write.
    public static func apply(_ report: LintReport, location: (String) -> String) throws(RunError) -> Outcome {
        var fixes = 0
        var files = 0
        let byFile = Dictionary(grouping: report.findings, by: \.file)
        for (path, findings) in byFile.sorted(by: { $0.key < $1.key }) {
            guard let source = report.sources[path], !findings.contains(where: { $0.rule.hasPrefix("syntax/") }) else { continue }
            let replacements = findings.compactMap { $0.fix }.filter { $0.applicability == .safe }.flatMap(\.replacements)
            guard let (bytes, applied) = edited(source, with: replacements), applied > 0 else { continue }
            try AtomicFile.write(bytes: bytes, to: location(path))
            fixes += applied
            files += 1
        }
        return Outcome(fixes: fixes, files: files)
    }

    /// The file's bytes with the replacements made (overlapping ones are skipped).
    static func edited(_ source: SourceFile, with replacements: [Fix.Replacement]) -> ([UInt8], Int)? {
        var bytes = source.bytes
        var applied = 0
        var limit = Int.max
        let ranges = replacements.map { (source.byteOffset(of: $0.span.start)..<source.byteOffset(of: $0.span.end), $0.text) }
        for (range, text) in ranges.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) where range.upperBound <= limit {
            bytes.replaceSubrange(range, with: Array(text.utf8))
            limit = range.lowerBound
            applied += 1
        }
        return ((source.hadByteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + bytes, applied)
    }
}
