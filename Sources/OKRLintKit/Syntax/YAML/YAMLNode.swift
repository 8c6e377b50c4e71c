/// How a scalar was written in the source.
public enum ScalarStyle: String, Sendable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a YAML document with the span of its text. Aliases are resolved
/// to a copy of the node their anchor names (its lists are shared, not
/// copied), so walking a tree visits each alias's nodes again: at most
/// `YAMLLimits.maxAliasExpansion` more. A value, not an object, so that a
/// document's thousands of scalars are not each a heap allocation.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case mapping([YAMLPair])
        case sequence([YAMLNode])
    }

    public let content: Content
    /// The explicit tag, if one was written (`!!str`, `!custom`).
    public let tag: String?
    /// The span of the node's text; for collections, from the first to the end of the last child.
    public let span: SourceSpan
    /// Number of nodes in this subtree once aliases are expanded (saturating).
    public let expandedSize: Int

    init(content: Content, tag: String?, span: SourceSpan, expandedSize: Int) {
        self.content = content
        self.tag = tag
        self.span = span
        self.expandedSize = expandedSize
    }

    /// The scalar text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// Whether the node is a plain scalar that YAML reads as null (`~`, `null`, or nothing).
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content, tag == nil else { return false }
        switch text.utf8.count {  // most values are neither empty nor of length 1 or 4
        case 0: return true
        case 1: return text == "~"
        case 4: return text == "null" || text == "Null" || text == "NULL"
        default: return false
        }
    }

    /// A word for the kind of node, for messages ("a list", "a mapping", "text").
    public var kindDescription: String {
        switch content {
        case .scalar: return isNull ? "an empty value" : "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable {
    public let key: YAMLNode
    public let value: YAMLNode
}

/// A comment with its span and its text: a YAML `#` comment (from the `#` to
/// the end of the line, text after the `#`) or, in Markdown, an HTML comment
/// (from `<!--` to the end of `-->`, text between them).
public struct YAMLComment: Hashable, Sendable {
    public let text: String
    public let span: SourceSpan
    /// Scalars between the start of the span and the start of the text (1 for `#`, 4 for `<!--`).
    public let textOffset: Int

    init(text: String, span: SourceSpan, textOffset: Int = 1) {
        self.text = text
        self.span = span
        self.textOffset = textOffset
    }
}

/// The result of reading one YAML file: the root node (nil for an empty file
/// or when the text could not be parsed), the comments, and the problems found.
public struct YAMLDocument: Sendable {
    public let root: YAMLNode?
    public let comments: [YAMLComment]
    public let diagnostics: [Diagnostic]
}
