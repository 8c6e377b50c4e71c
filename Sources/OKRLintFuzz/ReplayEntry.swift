#if !OKRLINT_FUZZ
import Foundation
import OKRLintKit

/// Without libFuzzer, the target replays inputs: `OKRLintFuzz FILE...` runs
/// each file through the same harness, to reproduce a crash found by fuzzing.
@main
struct ReplayEntry {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("OKRLintFuzz: \(path): cannot be read\n".utf8))
                exit(2)
            }
            FuzzHarness.run(Array(data))
            print("\(path): ok")
        }
    }
}
#endif
