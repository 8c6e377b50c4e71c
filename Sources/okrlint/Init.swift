import ArgumentParser
import Foundation
import OKRLintKit

/// `okrlint init [DIR]`: a starter goals repository.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a starter goals repository: a sample plan, .okrlint.yaml, pre-commit and GitHub Actions files.",
        discussion: """
            The sample plan covers the current quarter and lints clean today. The CI workflow checks out \
            the full history (for --diff-base), uploads findings as SARIF and publishes the weekly status \
            page. .okrlint-cache/ is added to .gitignore. Existing files are never overwritten: init then \
            exits 2, names them and writes nothing.
            """)

    @Argument(help: "The folder to set up (default: the current folder; created when missing).")
    var folder: String = "."

    func run() throws {
        let current = FileManager.default.currentDirectoryPath
        let target = folder.hasPrefix("/") ? folder : current + "/" + folder
        let starter = StarterRepository(today: .today(), version: OKRLintVersion.current)
        let done = try starter.write(into: (target as NSString).standardizingPath, shownAs: folder)
        print("okrlint init \(folder):")
        for line in done { print("  \(line)") }
        print("Next: `okrlint lint` (clean today), then `pre-commit install`; edit \(StarterRepository.samplePlanPath) to hold your own plan.")
    }
}
