import ArgumentParser
import OKRLintKit

/// `okrlint schema`: prints the JSON Schema of the YAML goal-file format.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of the YAML goal-file format.",
        discussion: "Point your editor's YAML language server at it for completion and checks while typing.")

    @Flag(help: "Print the schema of the configuration file (.okrlint.yaml) instead.")
    var config = false

    func run() throws {
        print((config ? ConfigurationSchema.jsonSchema : PlanBuilder.jsonSchema).pretty(), terminator: "")
    }
}
