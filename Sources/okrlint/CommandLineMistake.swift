import ArgumentParser
import Foundation

/// The one-line message for a command line that swift-argument-parser
/// refused, in okrlint's words: the flag or value, what is wrong and how to
/// fix it, instead of its `Error:`, `Help:` and `Usage:` block. Messages the
/// commands wrote themselves (their `validate()` and option transforms) keep
/// their words, after the flag and value they are about. The patterns follow
/// argument-parser's wording, which ExitTwoMessageTests pins case by case; a
/// message matching none is kept as argument-parser words it, on one line.
enum CommandLineMistake {
    static func message(for error: Error) -> String {
        let text = OKRLint.message(for: error)
        let help = "run `\(helpCommand(for: error))`"
        if let match = text.wholeMatch(of: #/Unknown option '(.+)'\. Did you mean '(.+)'\?/#) {
            return "unknown option '\(match.1)'; did you mean '\(match.2)'? (\(help) for the options)"
        }
        if let match = text.wholeMatch(of: #/Unknown option '(.+)'/#) {
            return "unknown option '\(match.1)'; \(help) for the options"
        }
        if let match = text.wholeMatch(of: #/Missing value for '(\S+)(?: <(.+)>)?'/#) {
            return "\(match.1) needs a value (\(match.1) <\(match.2 ?? "value")>); \(help) for the options"
        }
        if let match = text.wholeMatch(of: #/The option '(\S+)' does not take any value, but '(.*)' was specified\./#) {
            return "\(match.1) takes no value, found '\(match.2)'; write \(match.1) alone"
        }
        if let match = text.wholeMatch(of: #/The value '(.*)' is invalid for '(\S+)[^']*'\. Please provide one of ([\s\S]+)/#) {
            let values = match.3.matches(of: #/'([^']+)'|- (\S+)/#).compactMap { $0.1 ?? $0.2 }
            return "\(match.2) '\(match.1)': unknown value; use one of \(values.joined(separator: ", "))"
        }
        if let match = text.wholeMatch(of: #/The value '(.*)' is invalid for '(\S+)[^']*': ([\s\S]+)/#) {
            return "\(match.2) '\(match.1)': \(match.3)"
        }
        if let match = text.wholeMatch(of: #/Missing expected argument '(.+)'/#) {
            return "missing the required \(match.1); \(help) for the usage"
        }
        if let match = text.wholeMatch(of: #/(Unexpected argument|\d+ unexpected arguments:) (.+)/#) {
            return "\(match.1.lowercased()) \(match.2); \(help) for the usage"
        }
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The `--help` command of the (sub)command the error is about, as
    /// argument-parser names it in its usage block.
    private static func helpCommand(for error: Error) -> String {
        let usage = OKRLint.fullMessage(for: error)
        return usage.firstMatch(of: #/See '([^']+)' for more information/#).map { String($0.1) } ?? "okrlint --help"
    }
}
