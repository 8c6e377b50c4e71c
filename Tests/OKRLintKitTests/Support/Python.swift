import Foundation

/// Runs a Python 3 script, as the tests do to check outputs with the
/// validators real consumers use (jsonschema, junitparser; `.ci/run`
/// installs them).
enum Python {
    struct Result {
        let status: Int32
        let output: String
    }

    /// Runs `script` with `arguments`, returning its exit status and standard output.
    static func run(_ script: String, arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
