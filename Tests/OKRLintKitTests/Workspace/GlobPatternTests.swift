import OKRLintKit
import Testing

/// `include` / `exclude` patterns.
@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("goals/**", "goals/eng.okr.yaml", true),
        ("goals/**", "goals/team/eng.okr.yaml", true),
        ("goals/**", "other/eng.okr.yaml", false),
        ("goals/archive", "goals/archive/2025/old.okr.yaml", true),
        ("goals/archive/", "goals/archive/old.okr.yaml", true),
        ("./goals/*.okr.yaml", "goals/eng.okr.yaml", true),
        ("goals/*.okr.yaml", "goals/team/eng.okr.yaml", false),
        ("**/draft-*.okr.yaml", "goals/team/draft-q1.okr.yaml", true),
        ("**/draft-*.okr.yaml", "draft-q1.okr.yaml", true),
        ("goals/q[1-4].okr.yaml", "goals/q3.okr.yaml", true),
        ("goals/q[!1-4].okr.yaml", "goals/q3.okr.yaml", false),
        ("goals/?.okr.yaml", "goals/a.okr.yaml", true),
        ("goals/*a*b*", "goals/xaxxbx", true),
        ("goals/*a*b", "goals/xaxxbx", false),
    ])
    func matches(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }
}
