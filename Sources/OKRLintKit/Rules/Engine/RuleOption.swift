/// A threshold or word list a team can tune, with its default and, for the
/// `all` preset, its tightest documented value.
public struct RuleOption: Sendable {
    public let name: String
    public let summary: String
    public let defaultValue: OptionValue
    /// The strictest sensible value, used by the `all` preset (nil: the default).
    public let tightest: OptionValue?

    public init(name: String, summary: String, defaultValue: OptionValue, tightest: OptionValue? = nil) {
        self.name = name
        self.summary = summary
        self.defaultValue = defaultValue
        self.tightest = tightest
    }

    /// An option holding a word list.
    public static func words(_ name: String, _ summary: String, _ words: [String]) -> RuleOption {
        RuleOption(name: name, summary: summary, defaultValue: .words(words))
    }

    /// An option holding a whole number.
    public static func integer(_ name: String, _ summary: String, _ value: Int, tightest: Int? = nil) -> RuleOption {
        RuleOption(name: name, summary: summary, defaultValue: .integer(value), tightest: tightest.map { .integer($0) })
    }

    /// An option holding a number.
    public static func number(_ name: String, _ summary: String, _ value: Double, tightest: Double? = nil) -> RuleOption {
        RuleOption(name: name, summary: summary, defaultValue: .number(value), tightest: tightest.map { .number($0) })
    }
}

/// The value of a rule option.
public enum OptionValue: Sendable, Equatable, CustomStringConvertible {
    case integer(Int)
    case number(Double)
    case words([String])
    case flag(Bool)

    /// The value as it would be written in the configuration file.
    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .number(let value): return value == value.rounded() ? String(Int(value)) : String(value)
        case .words(let words): return "[" + words.joined(separator: ", ") + "]"
        case .flag(let value): return value ? "true" : "false"
        }
    }

    /// A word for the kind of value, for messages and the configuration schema.
    public var kindName: String {
        switch self {
        case .integer: return "a whole number"
        case .number: return "a number"
        case .words: return "a list of words"
        case .flag: return "true or false"
        }
    }
}

/// The option values a rule runs with: its declared defaults, overridden by
/// the preset and the configuration file.
public struct RuleOptionValues: Sendable {
    private let values: [String: OptionValue]

    /// The declared defaults of `rule`, with `overrides` on top.
    public init(for rule: RuleDescription, overrides: [String: OptionValue] = [:]) {
        var values: [String: OptionValue] = [:]
        for option in rule.options { values[option.name] = option.defaultValue }
        values.merge(overrides) { _, override in override }
        self.values = values
    }

    public func integer(_ name: String) -> Int {
        switch values[name] {
        case .integer(let value)?: return value
        case .number(let value)?: return Int(value)
        default: preconditionFailure("rule option '\(name)' is not a declared whole number")
        }
    }

    public func number(_ name: String) -> Double {
        switch values[name] {
        case .number(let value)?: return value
        case .integer(let value)?: return Double(value)
        default: preconditionFailure("rule option '\(name)' is not a declared number")
        }
    }

    public func words(_ name: String) -> [String] {
        guard case .words(let words)? = values[name] else {
            preconditionFailure("rule option '\(name)' is not a declared word list")
        }
        return words
    }

    public func flag(_ name: String) -> Bool {
        guard case .flag(let value)? = values[name] else {
            preconditionFailure("rule option '\(name)' is not a declared flag")
        }
        return value
    }
}
