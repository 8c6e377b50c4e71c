import ArgumentParser
import OKRLintKit

/// `okrlint schema`: prints the JSON Schema of the YAML goal-file format.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (2020-12) of the YAML goal-file format.",
        discussion: "Point your editor's YAML language server at it for completion and checks while typing.")

    func run() throws {
        print(PlanBuilder.jsonSchema.pretty(), terminator: "")
    }
}
