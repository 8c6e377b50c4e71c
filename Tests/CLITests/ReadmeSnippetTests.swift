import Foundation
import Testing

/// The README's "Use in CI and pre-commit" section: its commands run as
/// shown, and its file snippets are exactly the files `okrlint init` writes.
@Suite struct ReadmeSnippetTests {
    static func section() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "## Use in CI and pre-commit\n"))
        let rest = readme[start.upperBound...]
        return String(rest[..<(rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex)])
    }

    @Test func theShellCommandsRunAsShown() throws {
        let section = try Self.section()
        let shell = section.components(separatedBy: "```sh\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let folder = try TemporaryFolder()
        var current = folder.url
        var ran: [String] = []
        for line in shell.joined().split(separator: "\n").map(String.init) {
            if line.hasPrefix("cd ") {
                current = current.appendingPathComponent(String(line.dropFirst(3)))
            } else if line.hasPrefix("okrlint ") {
                let result = try BinaryRunner.run(line.split(separator: " ").dropFirst().map(String.init), in: current)
                #expect(result.status == 0, "\(line): \(result.stdout) \(result.stderr)")
                ran.append(line)
            }
        }
        #expect(ran == ["okrlint init goals-repo", "okrlint lint"])
    }

    @Test func theFileSnippetsAreTheFilesInitWrites() throws {
        let section = try Self.section()
        let folder = try TemporaryFolder()
        #expect(try BinaryRunner.run(["init"], in: folder.url).status == 0)
        for path in [".pre-commit-config.yaml", ".github/workflows/okrlint.yml"] {
            let written = try String(contentsOf: folder.url.appendingPathComponent(path), encoding: .utf8)
            #expect(section.contains("`\(path)`:\n\n```yaml\n\(written)```\n"), "the README's \(path) differs from what init writes")
        }
    }
}
