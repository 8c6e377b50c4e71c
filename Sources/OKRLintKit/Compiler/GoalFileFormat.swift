/// The two syntaxes of goal files (SPEC §2), told apart by the file name:
/// `.md` and `.markdown` are Markdown, anything else is YAML.
public enum GoalFileFormat: String, Sendable, CaseIterable {
    case yaml, markdown

    public init(path: String) {
        let name = path.lowercased()
        self = name.hasSuffix(".md") || name.hasSuffix(".markdown") ? .markdown : .yaml
    }
}
