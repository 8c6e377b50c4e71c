import ArgumentParser
import Foundation
import OKRLintKit

// Exit codes follow SPEC §4: 0 clean, 1 findings that fail the run, 2 the run
// itself failed (bad arguments included, which ArgumentParser would exit 64
// for). Every exit 2 is one line `okrlint: …` on standard error naming the
// file or flag, what is wrong and how to fix it; standard output stays empty.
do {
    var command = try OKRLint.parseAsRoot()
    try command.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let error as RunError {
    failRun(error.message)
} catch where OKRLint.exitCode(for: error) == .success {
    print(OKRLint.fullMessage(for: error))
    exit(0)
} catch {
    failRun(CommandLineMistake.message(for: error))
}

/// Ends the run with exit code 2 and `message` as the one line on standard error.
func failRun(_ message: String) -> Never {
    FileHandle.standardError.write(Data("okrlint: \(message)\n".utf8))
    exit(2)
}
