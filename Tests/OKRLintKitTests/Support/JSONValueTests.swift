@testable import OKRLintKit
import Testing

/// The JSON writer: strings with nothing to escape are copied whole, the others escaped scalar by scalar.
@Suite struct JSONValueTests {
    @Test func escapesWhatJSONAndJavaScriptNeed() {
        #expect(JSONValue.string("Café — Q4 ✓").compact() == "\"Café — Q4 ✓\"")
        #expect(JSONValue.string("a \"b\" \\ c\nd\te\u{1}").compact() == #""a \"b\" \\ c\nd\te\u0001""#)
        #expect(JSONValue.string("line\u{2028}para\u{2029}end — ok").compact() == #""line\u2028para\u2029end — ok""#)
    }

    @Test func shortPlainContainersStayOnOneLine() {
        let short = JSONValue.object([("line", .integer(14)), ("column", .integer(3))])
        #expect(short.pretty() == "{\"line\": 14, \"column\": 3}\n")
        let long = JSONValue.array([.string(String(repeating: "x", count: 61))])
        #expect(long.pretty().contains("\n  \""))
    }
}
