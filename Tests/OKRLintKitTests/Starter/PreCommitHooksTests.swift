import Foundation
import OKRLintKit
import Testing

/// `.pre-commit-hooks.yaml`: the two hooks SPEC §4 asks for, running one okrlint
/// process over the staged goal files. (Tests/Scripts/pre-commit-test runs them
/// with the real pre-commit.)
@Suite struct PreCommitHooksTests {
    @Test func theHooksRunOkrlintOnceOverGoalFiles() throws {
        let url = RepositoryPaths.root.appendingPathComponent(".pre-commit-hooks.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        let hooks = try #require(YAMLParser.parse(SourceFile(path: ".pre-commit-hooks.yaml", text: text)).root).children
        #expect(hooks.map { $0["id"]?.scalar } == ["okrlint", "okrlint-system"])
        #expect(hooks.map { $0["language"]?.scalar } == ["swift", "system"])
        let specification = try SpecCommandLine.load()
        for hook in hooks {
            #expect(hook["require_serial"]?.scalar == "true")
            let entry = try #require(hook["entry"]?.scalar)
            #expect(specification.problems(in: entry + " goals/team.okr.yaml").isEmpty)
            let files = try NSRegularExpression(pattern: try #require(hook["files"]?.scalar))
            let matching = ["goals/team.okr.yaml", "team.okr.yml", "goals/team.okr.md"]
            let other = ["goals/team.yaml", "team.okr.yaml.bak", ".okrlint.yaml", "README.md"]
            #expect(matching.allSatisfy { files.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) != nil })
            #expect(other.allSatisfy { files.firstMatch(in: $0, range: NSRange($0.startIndex..., in: $0)) == nil })
        }
    }
}
