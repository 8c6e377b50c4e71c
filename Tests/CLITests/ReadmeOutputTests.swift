import Foundation
import Testing

/// The README shows real output of the current build: each output block
/// introduced by a `swift run okrlint …` command is what that command prints.
@Suite struct ReadmeOutputTests {
    /// The command in backticks on the line introducing each block, and the block.
    static func examples() throws -> [(command: [String], output: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        var examples: [(command: [String], output: String)] = []
        let parts = readme.components(separatedBy: "\n```")
        for (index, part) in parts.enumerated().dropFirst() where index % 2 == 1 {
            let introduction = parts[index - 1].split(separator: "\n").suffix(3).joined(separator: " ")
            guard let commandStart = introduction.range(of: "(`swift run okrlint "),
                  let commandEnd = introduction[commandStart.upperBound...].range(of: "`)") else { continue }
            let command = introduction[commandStart.upperBound..<commandEnd.lowerBound].split(separator: " ").map(String.init)
            let body = part.drop { $0 != "\n" }.dropFirst()
            examples.append((command, String(body) + "\n"))
        }
        return examples
    }

    @Test func outputBlocksAreWhatTheCommandsPrint() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let examples = try Self.examples()
        #expect(examples.count >= 2)
        for example in examples {
            let result = try BinaryRunner.run(example.command + ["--no-cache"], in: root)
            #expect(result.stdout == example.output, "README block for `okrlint \(example.command.joined(separator: " "))` is out of date")
        }
    }
}
