@testable import OKRLintKit
import Testing

/// The `github` output: workflow commands with GitHub's escaping, paths from
/// the repository root and UTF-16 columns, compared with a reviewed golden file.
@Suite struct GitHubLintEmitterTests {
    @Test func fixtureMatchesTheGoldenFile() throws {
        try Golden.expect(GitHubLintEmitter.render(EmitterFixture.report()), matches: "fixture.github.txt")
    }

    @Test func messagesEscapePercentAndLineBreaksAndPropertiesAlsoColonAndComma() {
        #expect(GitHubLintEmitter.escape("50%: a, b\r\nc", inProperty: false) == "50%25: a, b%0D%0Ac")
        #expect(GitHubLintEmitter.escape("50%: a, b\r\nc", inProperty: true) == "50%25%3A a%2C b%0D%0Ac")
    }

    @Test func aSpanOverSeveralLinesHasNoColumns() throws {
        let commands = GitHubLintEmitter.render(EmitterFixture.report()).split(separator: "\n")
        let activity = try #require(commands.first { $0.contains("title=kr/activity") })
        #expect(activity.hasPrefix("::error file=goals/ops%2Cq4%3A50%25.okr.yaml,line=7,endLine=8,title=kr/activity::"))
    }

    @Test func severitiesMapToErrorWarningAndNotice() {
        let names = GitHubLintEmitter.render(EmitterFixture.report()).split(separator: "\n").map { $0.prefix { $0 != " " } }
        #expect(names == ["::error", "::warning", "::error", "::error", "::warning", "::notice"])
    }

    @Test func aCleanRunPrintsNothing() {
        #expect(GitHubLintEmitter.render(EmitterFixture.report().replacingFindings([])).isEmpty)
    }
}
