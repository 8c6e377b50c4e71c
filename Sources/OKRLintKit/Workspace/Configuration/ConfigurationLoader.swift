import Foundation

/// Reads `.okrlint.yaml` with the YAML front end and checks every key, rule
/// id, option and value; any problem is a run error (exit 2) naming the file,
/// the line and column, and the closest valid name.
public enum ConfigurationLoader {
    public static let fileName = ".okrlint.yaml"

    /// The top-level keys of the configuration file.
    static let topLevelKeys = ["extends", "docs_url", "max-file-size", "include", "exclude", "rules"]

    /// Loads the file at the absolute `path`; messages name it as `shownAs`.
    public static func load(path: String, shownAs shown: String) throws(RunError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError("\(shown): the configuration file cannot be read")
        }
        let source = SourceFile(path: shown, bytes: Array(data))
        let failure = { (diagnostic: Diagnostic) in RunError("\(shown):\(diagnostic.span.start): \(diagnostic.message)") }
        if let problem = EncodingCheck.firstProblem(in: source) { throw failure(problem) }
        let document = YAMLParser.parse(source)
        if let problem = document.diagnostics.first { throw failure(problem) }
        let folder = (path as NSString).deletingLastPathComponent
        guard let root = document.root else { return .defaults(folder: folder.isEmpty ? "." : folder) }
        return try ConfigurationReader(path: shown, folder: folder.isEmpty ? "." : folder).read(root)
    }
}

/// One pass over the configuration's node tree.
private struct ConfigurationReader {
    let path: String
    let folder: String

    func read(_ root: YAMLNode) throws(RunError) -> Configuration {
        let pairs = try mapping(root, "the configuration (a mapping of extends, rules, include, …)")
        var preset = Preset.recommended
        var docsURL: String?
        var maxFileSize = YAMLLimits.standard.maxFileSize
        var include: [GlobPattern] = []
        var exclude: [GlobPattern] = []
        var severities: [String: Severity?] = [:]
        var options: [String: [String: OptionValue]] = [:]
        for pair in pairs {
            let key = pair.key.scalar ?? ""
            switch key {
            case "extends":
                preset = try choice(pair.value, Preset.allCases.map(\.rawValue), "a preset").flatMap(Preset.init(rawValue:)) ?? .recommended
            case "docs_url":
                docsURL = try text(pair.value, "a URL such as https://goals.example.com/okrlint/rules")
            case "max-file-size":
                maxFileSize = try byteSize(pair.value)
            case "include":
                include = try words(pair.value, "a list of path patterns").map(GlobPattern.init)
            case "exclude":
                exclude = try words(pair.value, "a list of path patterns").map(GlobPattern.init)
            case "rules":
                (severities, options) = try rules(pair.value)
            default:
                throw error(pair.key, "unknown key '\(key)'\(hint(key, ConfigurationLoader.topLevelKeys, "known keys"))")
            }
        }
        return Configuration(
            path: path, folder: folder, preset: preset, docsURL: docsURL, maxFileSize: maxFileSize,
            include: include, exclude: exclude, severities: severities, options: options)
    }

    /// The `rules:` mapping, as severities and options by rule id. A category
    /// key (`kpi/: off`) sets the severity of every rule in it; a rule's own
    /// entry wins over its category whatever their order.
    private func rules(_ node: YAMLNode) throws(RunError) -> ([String: Severity?], [String: [String: OptionValue]]) {
        var own: [String: Severity?] = [:]
        var byCategory: [String: Severity?] = [:]
        var options: [String: [String: OptionValue]] = [:]
        for pair in try mapping(node, "a mapping of rule ids or categories (kpi/) to severities or settings") {
            let name = pair.key.scalar ?? ""
            if let rule = RuleRegistry.descriptions[name] {
                let (severity, values) = try ruleSettings(pair.value, rule: rule)
                if let severity { own.updateValue(try allowed(severity, for: name), forKey: name) }
                if !values.isEmpty { options[name] = values }
            } else if let problem = RuleNames.problem(with: name, in: "rules") {
                throw error(pair.key, problem)
            } else if let severity = try categorySeverity(pair.value, category: name) {
                let value = try allowed(severity, for: name)
                for id in RuleNames.ids(matching: name) { byCategory.updateValue(value, forKey: id) }
            }
        }
        return (byCategory.merging(own) { _, rule in rule }, options)
    }

    /// The severity set for `name`, unless it would silence a syntax rule.
    private func allowed(_ severity: Located<Severity?>, for name: String) throws(RunError) -> Severity? {
        guard severity.value == .error || !RuleNames.coversSyntax(name) else {
            throw error(at: severity.span, "\(RuleNames.syntaxCannotBe("turned off")); remove this setting for \(name) or make it error")
        }
        return severity.value
    }

    /// `rule-id: severity` or `rule-id: {severity: …, option: value, …}`.
    private func ruleSettings(_ node: YAMLNode, rule: RuleDescription) throws(RunError) -> (Located<Severity?>?, [String: OptionValue]) {
        try settings(node) { setting throws(RunError) in
            let name = setting.key.scalar ?? ""
            guard let option = rule.options.first(where: { $0.name == name }) else {
                let known = ["severity"] + rule.options.map(\.name)
                throw error(setting.key, "rule \(rule.id) has no option '\(name)'\(hint(name, known, "its options"))")
            }
            return (name, try optionValue(setting.value, like: option))
        }
    }

    /// `category/: severity` or `category/: {severity: …}`: options belong to
    /// rules, so naming one here says which rules of the category have it.
    private func categorySeverity(_ node: YAMLNode, category: String) throws(RunError) -> Located<Severity?>? {
        try settings(node) { setting throws(RunError) in
            let name = setting.key.scalar ?? ""
            let owners = RuleNames.ids(matching: category).filter { RuleRegistry.descriptions[$0]?.options.contains { $0.name == name } == true }
            let advice = owners.isEmpty
                ? "no rule of \(category) has an option '\(name)'"
                : "set '\(name)' under the rule that has it: \(owners.joined(separator: ", "))"
            throw error(setting.key, "category \(category) takes only a severity; \(advice)")
        }.0
    }

    /// A severity alone, or a mapping of `severity` and other settings, each
    /// read by `other`. The severity is nil when not given.
    private func settings(
        _ node: YAMLNode, other: (YAMLPair) throws(RunError) -> (String, OptionValue)
    ) throws(RunError) -> (Located<Severity?>?, [String: OptionValue]) {
        if node.scalar != nil { return (try severity(node), [:]) }
        var severitySetting: Located<Severity?>?
        var values: [String: OptionValue] = [:]
        for setting in try mapping(node, "a severity (error, warning, info, off) or a mapping of severity and options") {
            if setting.key.scalar == "severity" {
                severitySetting = try severity(setting.value)
            } else {
                let (name, value) = try other(setting)
                values[name] = value
            }
        }
        return (severitySetting, values)
    }

    private func severity(_ node: YAMLNode) throws(RunError) -> Located<Severity?> {
        let names = Severity.allCases.map(\.rawValue) + ["off"]
        let name = try choice(node, names, "a severity") ?? "off"
        return Located(Severity(rawValue: name), at: node.span)
    }

    private func optionValue(_ node: YAMLNode, like option: RuleOption) throws(RunError) -> OptionValue {
        let expected = option.defaultValue.kindName
        switch option.defaultValue {
        case .integer:
            guard let text = node.scalar, let value = Int(text.trimmingSpaces) else { throw typeError(node, option, expected) }
            return .integer(value)
        case .number:
            guard let text = node.scalar, let value = Double(text.trimmingSpaces), value.isFinite else { throw typeError(node, option, expected) }
            return .number(value)
        case .flag:
            switch node.scalar?.trimmingSpaces {
            case "true": return .flag(true)
            case "false": return .flag(false)
            default: throw typeError(node, option, expected)
            }
        case .words(let defaults):
            return .words(try wordList(node, defaults: defaults, option: option))
        }
    }

    /// A list replaces the default words; `{add: […], remove: […]}` edits them.
    private func wordList(_ node: YAMLNode, defaults: [String], option: RuleOption) throws(RunError) -> [String] {
        guard case .mapping(let pairs) = node.content else {
            return try words(node, "a list of words, or {add: [...], remove: [...]}")
        }
        var result = defaults
        for pair in pairs {
            switch pair.key.scalar ?? "" {
            case "add": result += try words(pair.value, "a list of words to add")
            case "remove":
                let removed = Set(try words(pair.value, "a list of words to remove").map { $0.lowercased() })
                result.removeAll { removed.contains($0.lowercased()) }
            default:
                throw error(pair.key, "option '\(option.name)' takes a list of words, or a mapping with add and remove\(hint(pair.key.scalar ?? "", ["add", "remove"], "its keys"))")
            }
        }
        return result
    }

    private func typeError(_ node: YAMLNode, _ option: RuleOption, _ expected: String) -> RunError {
        error(node, "option '\(option.name)' takes \(expected) (default \(option.defaultValue))")
    }

    private func mapping(_ node: YAMLNode, _ expected: String) throws(RunError) -> [YAMLPair] {
        if node.isNull { return [] }
        guard case .mapping(let pairs) = node.content else { throw error(node, "expected \(expected)") }
        return pairs
    }

    private func text(_ node: YAMLNode, _ expected: String) throws(RunError) -> String? {
        if node.isNull { return nil }
        guard let text = node.scalar else { throw error(node, "expected \(expected)") }
        return text
    }

    private func words(_ node: YAMLNode, _ expected: String) throws(RunError) -> [String] {
        if node.isNull { return [] }
        if let single = node.scalar { return [single] }
        guard case .sequence(let items) = node.content else { throw error(node, "expected \(expected)") }
        var result: [String] = []
        for item in items {
            guard let word = item.scalar else { throw error(item, "expected \(expected)") }
            result.append(word)
        }
        return result
    }

    private func choice(_ node: YAMLNode, _ names: [String], _ noun: String) throws(RunError) -> String? {
        guard let text = try self.text(node, "\(noun): one of \(names.joined(separator: ", "))") else { return nil }
        guard names.contains(text) else {
            throw error(node, "'\(text)' is not \(noun): use one of \(names.joined(separator: ", "))\(hint(text, names, nil))")
        }
        return text
    }

    private func byteSize(_ node: YAMLNode) throws(RunError) -> Int {
        guard let text = node.scalar, let size = ByteSize.parse(text) else {
            throw error(node, "max-file-size takes a size such as 8MiB, 512KiB or 1000000 (bytes)")
        }
        return size
    }

    private func hint(_ name: String, _ candidates: [String], _ listName: String?) -> String {
        let phrase = Suggestions.phrase(for: name, among: candidates)
        guard phrase.isEmpty, let listName else { return phrase }
        return "; \(listName): \(candidates.joined(separator: ", "))"
    }

    private func error(_ node: YAMLNode, _ message: String) -> RunError {
        error(at: node.span, message)
    }

    private func error(at span: SourceSpan, _ message: String) -> RunError {
        RunError("\(path):\(span.start): \(message)")
    }
}

/// Sizes as people write them in the configuration: `8MiB`, `512KiB`, `2MB`, `1000000`.
enum ByteSize {
    static func parse(_ text: String) -> Int? {
        let trimmed = text.trimmingSpaces
        let digits = trimmed.prefix { $0.isNumber }
        guard let number = Int(digits), number > 0 else { return nil }
        let multipliers: [String: Int] = [
            "": 1, "b": 1, "k": 1024, "kb": 1000, "kib": 1024, "m": 1 << 20, "mb": 1_000_000, "mib": 1 << 20,
            "g": 1 << 30, "gb": 1_000_000_000, "gib": 1 << 30,
        ]
        guard let multiplier = multipliers[trimmed.dropFirst(digits.count).trimmingSpaces.lowercased()] else { return nil }
        let (size, overflow) = number.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : size
    }
}
