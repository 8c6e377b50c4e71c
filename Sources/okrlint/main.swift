import ArgumentParser
import Foundation
import OKRLintKit

// Exit codes follow SPEC §4: 0 clean, 1 findings that fail the run, 2 the run
// itself failed (bad arguments included, which ArgumentParser would exit 64 for).
do {
    var command = try OKRLint.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let error as RunError {
    FileHandle.standardError.write(Data("okrlint: \(error.message)\n".utf8))
    exit(2)
} catch {
    if OKRLint.exitCode(for: error) == .success {
        print(OKRLint.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data((OKRLint.fullMessage(for: error) + "\n").utf8))
    exit(2)
}
