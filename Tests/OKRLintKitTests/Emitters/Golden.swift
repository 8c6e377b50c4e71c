import Foundation
import Testing

/// Golden files: outputs reviewed line by line and committed in
/// `Emitters/Golden/`; a test fails when the output differs from its file.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    /// Expects `output` to equal the golden file `name`, naming the first line that differs.
    static func expect(_ output: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        guard output != golden else { return }
        let outputLines = output.components(separatedBy: "\n")
        let goldenLines = golden.components(separatedBy: "\n")
        let index = zip(outputLines, goldenLines).enumerated().first { $1.0 != $1.1 }?.offset ?? min(outputLines.count, goldenLines.count)
        let got = index < outputLines.count ? outputLines[index] : "(end of output)"
        let want = index < goldenLines.count ? goldenLines[index] : "(end of file)"
        Issue.record("\(name) differs at line \(index + 1):\n  got:  \(got)\n  want: \(want)", sourceLocation: sourceLocation)
    }
}
