/// The `junit` lint output (SPEC §6), valid against the Jenkins JUnit XSD
/// that CI servers read: one `<testsuite>` per linted file, one
/// `<testcase>` per finding — an error is its case's single `<failure>`, a
/// warning or info is written to the `<system-out>` of a passing case — and
/// one passing case for a file without findings.
public enum JUnitLintEmitter {
    /// The name of the passing case of a file without findings.
    static let cleanCaseName = "no findings"

    public static func render(_ report: LintReport) -> String {
        let byFile = Dictionary(grouping: report.findings, by: \.file)
        let failures = report.findings.count { $0.severity == .error }
        let tests = report.files.reduce(0) { $0 + max(1, byFile[$1]?.count ?? 0) }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"okrlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" time=\"0\">\n"
        for file in report.files {
            xml += suite(file, findings: byFile[file] ?? [])
        }
        return xml + "</testsuites>\n"
    }

    private static func suite(_ file: String, findings: [Finding]) -> String {
        let name = attribute(file)
        let failures = findings.count { $0.severity == .error }
        var xml = "  <testsuite name=\"\(name)\" tests=\"\(max(1, findings.count))\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
        if findings.isEmpty {
            xml += "    <testcase name=\"\(cleanCaseName)\" classname=\"\(name)\" time=\"0\"/>\n"
        }
        for finding in findings {
            let position = "\(finding.span.start.line):\(finding.span.start.column)"
            xml += "    <testcase name=\"\(attribute("\(finding.rule) at \(position)"))\" classname=\"\(name)\" time=\"0\">\n"
            let line = XMLEscaping.escape("\(finding.file):\(position): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]", inAttribute: false)
            if finding.severity == .error {
                xml += "      <failure type=\"\(attribute(finding.rule))\" message=\"\(attribute(finding.message))\">\(line)</failure>\n"
            } else {
                xml += "      <system-out>\(line)</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        return xml + "  </testsuite>\n"
    }

    private static func attribute(_ text: String) -> String {
        XMLEscaping.escape(text, inAttribute: true)
    }
}
