import ArgumentParser
import OKRLintKit

/// The `okrlint` command: `lint` is the default subcommand.
struct OKRLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okrlint",
        abstract: "Lint and compile plain-text goal files: OKRs, KPIs, milestones, weekly goals and decisions.",
        discussion: "Run `okrlint lint --help` for the linter's options. Exit codes: 0 no errors, 1 errors (or too many warnings), 2 the run failed.",
        version: OKRLintVersion.current,
        subcommands: [Lint.self, Report.self, Rules.self, Explain.self, Schema.self],
        defaultSubcommand: Lint.self)
}

/// The version printed by `--version`.
enum OKRLintVersion {
    static let current = "0.1.0"
}
