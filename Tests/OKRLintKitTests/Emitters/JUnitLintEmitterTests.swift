import Foundation
@testable import OKRLintKit
import Testing

/// The `junit` output: compared with a reviewed golden file, and read back
/// with `junitparser` (the parser CI tools build on) to check that suites,
/// cases, failures and every escaped message come through as written.
@Suite struct JUnitLintEmitterTests {
    @Test func fixtureMatchesTheGoldenFile() throws {
        try Golden.expect(JUnitLintEmitter.render(EmitterFixture.report()), matches: "fixture.junit.xml")
    }

    @Test func junitparserReadsSuitesCasesAndMessagesBack() throws {
        let report = EmitterFixture.report()
        let parsed = try parse(JUnitLintEmitter.render(report))
        #expect(parsed["tests"] as? Int == 7)
        #expect(parsed["failures"] as? Int == 3)
        let suites = try #require(parsed["suites"] as? [[String: Any]])
        #expect(suites.map { $0["name"] as? String } == [EmitterFixture.path, EmitterFixture.cleanPath])
        let cases = try #require(suites.first?["cases"] as? [[String: Any]])
        #expect(cases.count == report.findings.count)
        for (testCase, finding) in zip(cases, report.findings) {
            #expect(testCase["name"] as? String == "\(finding.rule) at \(finding.span.start.line):\(finding.span.start.column)")
            #expect(testCase["classname"] as? String == EmitterFixture.path)
            if finding.severity == .error {
                #expect(testCase["results"] as? [String] == ["Failure"])
                #expect(testCase["message"] as? String == finding.message, "the message attribute keeps <&\"', CR and LF")
                #expect(testCase["failure_type"] as? String == finding.rule)
            } else {
                #expect(testCase["results"] as? [String] == [], "a warning or info is a passing case")
                #expect((testCase["system_out"] as? String)?.contains(finding.message) == true)
            }
        }
        let clean = try #require(suites.last?["cases"] as? [[String: Any]])
        #expect(clean.count == 1)
        #expect(clean.first?["name"] as? String == JUnitLintEmitter.cleanCaseName)
        #expect(clean.first?["results"] as? [String] == [])
    }

    @Test func controlCharactersXMLCannotHoldBecomeReplacementCharacters() throws {
        let finding = EmitterFixture.finding(
            rule: "syntax/encoding", message: "NUL \u{0} and ESC \u{1B}[31m and tab\there",
            from: .fileStart, to: .fileStart)
        let xml = JUnitLintEmitter.render(EmitterFixture.report(extra: [finding]))
        #expect(xml.contains("message=\"NUL \u{FFFD} and ESC \u{FFFD}[31m and tab&#9;here\""))
        let parsed = try parse(xml)
        let cases = try #require((parsed["suites"] as? [[String: Any]])?.first?["cases"] as? [[String: Any]])
        #expect(cases.first?["message"] as? String == "NUL \u{FFFD} and ESC \u{FFFD}[31m and tab\there")
    }

    /// Reads the XML with junitparser and returns its view as JSON.
    private func parse(_ xml: String) throws -> [String: Any] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("okrlint-junit-\(UUID().uuidString).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import json, sys
            from junitparser import JUnitXml, Failure
            xml = JUnitXml.fromfile(sys.argv[1])
            suites = []
            for suite in xml:
                cases = []
                for case in suite:
                    failures = [r for r in case.result if isinstance(r, Failure)]
                    cases.append({"name": case.name, "classname": case.classname,
                                  "results": [type(r).__name__ for r in case.result],
                                  "message": failures[0].message if failures else None,
                                  "failure_type": failures[0].type if failures else None,
                                  "system_out": case.system_out})
                suites.append({"name": suite.name, "tests": suite.tests, "failures": suite.failures, "cases": cases})
            print(json.dumps({"tests": xml.tests, "failures": xml.failures, "suites": suites}))
            """
        let result = try Python.run(script, arguments: [file.path])
        try #require(result.status == 0, "python3 with junitparser is needed (pip install junitparser)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }
}
