import ArgumentParser
import OKRLintKit

/// The `okrlint` command: `lint` is the default subcommand.
struct OKRLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okrlint",
        abstract: "Lint and compile plain-text goal files: OKRs, KPIs, milestones, weekly goals and decisions.",
        discussion: "Run `okrlint lint --help` for the linter's options. Exit codes: 0 no errors, 1 errors (or too many warnings), 2 the run failed.",
        version: OKRLintVersion.current,
        subcommands: [Lint.self, Report.self, Convert.self, Rules.self, Explain.self, Schema.self, Init.self],
        defaultSubcommand: Lint.self)
}
