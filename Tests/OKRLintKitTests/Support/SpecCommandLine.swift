import Foundation

/// The commands, flags and formats of SPEC §4's command-line synopsis, read
/// from `../shared/SPEC.md`, to check the okrlint command lines written into
/// files users copy (CI workflows, hook manifests, README snippets).
struct SpecCommandLine {
    struct Command {
        var flags: Set<String> = []
        var formats: Set<String> = []
    }

    let commands: [String: Command]

    /// The synopsis of the specification beside the repository (`../shared/SPEC.md`).
    static func load() throws -> SpecCommandLine {
        let url = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent("shared/SPEC.md")
        return SpecCommandLine(specification: try String(contentsOf: url, encoding: .utf8))
    }

    /// Reads the first code block after the "Command line" heading: a line
    /// `okrlint NAME …` opens a command (`[lint]` is the default one), and it
    /// and the indented lines below it list its flags and `--format` values.
    init(specification: String) {
        let section = specification.components(separatedBy: "## 4. Command line").dropFirst().first ?? ""
        let block = section.components(separatedBy: "```").dropFirst().first ?? ""
        var commands: [String: Command] = [:]
        var current: String?
        for line in block.split(separator: "\n").map(String.init) {
            if line.hasPrefix("okrlint ") {
                let name = line.split(separator: " ")[1].trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                current = name
                commands[name] = commands[name] ?? Command()
            }
            guard let name = current else { continue }
            commands[name]?.flags.formUnion(Self.matches(of: "--[a-z][a-z-]*", in: line))
            for values in Self.matches(of: "--format \\[?[a-z|]+", in: line) {
                let list = values.dropFirst("--format ".count).trimmingCharacters(in: CharacterSet(charactersIn: "["))
                commands[name]?.formats.formUnion(list.split(separator: "|").map(String.init))
            }
        }
        self.commands = commands
    }

    /// What SPEC §4 does not define in one `okrlint …` command line: the
    /// command, a flag, a short option or a `--format` value.
    func problems(in invocation: String) -> [String] {
        let words = invocation.split(separator: " ").map(String.init)
        guard words.first == "okrlint" else { return ["'\(invocation)' is not an okrlint command line"] }
        let name = words.count > 1 && commands[words[1]] != nil ? words[1] : "lint"
        guard let command = commands[name] else { return ["the specification defines no default command"] }
        var problems = Self.matches(of: "--[a-z][a-z-]*", in: invocation).filter { !command.flags.contains($0) }
            .map { "okrlint \(name) has no flag \($0)" }
        problems += words.filter { $0.count == 2 && $0.hasPrefix("-") && $0 != "--" }.map { "\($0): the specification names long flags only" }
        for (index, word) in words.enumerated() where word == "--format" && index + 1 < words.count {
            if !command.formats.contains(words[index + 1]) { problems.append("okrlint \(name) has no format \(words[index + 1])") }
        }
        return problems
    }

    private static func matches(of pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            String(text[Range($0.range, in: text)!])
        }
    }
}
