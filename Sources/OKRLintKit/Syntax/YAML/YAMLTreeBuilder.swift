/// Assembles `YAMLNode`s from parser events: keeps the stack of open
/// collections, resolves aliases, and reports duplicate keys, excessive
/// nesting and alias expansion. It knows nothing of libyaml.
struct YAMLTreeBuilder {
    /// A collection whose end event has not arrived yet.
    private struct OpenCollection {
        let isMapping: Bool
        let start: SourcePosition
        let tag: String?
        let anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var pendingKeyIsDuplicate = false
        /// The keys seen so far with their lines: a list while the mapping is
        /// small (cheaper than hashing), a dictionary once it grows.
        var keys: [(text: String, line: Int)] = []
        var keyIndex: [String: Int]?
        var size = 1
    }

    enum Stop: Error {
        case limitReached(Diagnostic)
    }

    let limits: YAMLLimits
    private var stack: [OpenCollection] = []
    private var anchors: [String: YAMLNode] = [:]
    private var aliasExpansion = 0
    private(set) var root: YAMLNode?
    private(set) var diagnostics: [Diagnostic] = []

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    mutating func scalar(_ text: String, style: ScalarStyle, tag: String?, anchor: String?, span: SourceSpan) {
        let node = YAMLNode(content: .scalar(text, style), tag: tag, span: span, expandedSize: 1)
        complete(node, anchor: anchor)
    }

    mutating func alias(_ name: String, span: SourceSpan) throws {
        guard let target = anchors[name] else {
            diagnostics.append(Diagnostic(
                rule: "syntax/yaml", span: span,
                message: "alias '*\(name)' refers to no anchor defined before it; define '&\(name)' first or remove the alias"))
            let placeholder = YAMLNode(content: .scalar("", .plain), tag: nil, span: span, expandedSize: 1)
            complete(placeholder, anchor: nil)
            return
        }
        aliasExpansion = saturatingAdd(aliasExpansion, target.expandedSize)
        if aliasExpansion > limits.maxAliasExpansion {
            throw Stop.limitReached(Diagnostic(
                rule: "syntax/limits", span: span,
                message: "anchors and aliases expand to more than \(limits.maxAliasExpansion) nodes here; write the values out instead of nesting aliases"))
        }
        complete(target, anchor: nil)
    }

    mutating func openCollection(isMapping: Bool, tag: String?, anchor: String?, start: SourcePosition) throws {
        if stack.count >= limits.maxDepth {
            throw Stop.limitReached(Diagnostic(
                rule: "syntax/limits", span: .point(start),
                message: "nesting is deeper than \(limits.maxDepth) levels; flatten the structure"))
        }
        stack.append(OpenCollection(isMapping: isMapping, start: start, tag: tag, anchor: anchor))
    }

    /// Closes the innermost collection; `end` is the end of its closing token
    /// (`]` or `}`) for flow collections, nil for block ones, which end with
    /// their last child.
    mutating func closeCollection(end: SourcePosition?) {
        guard let open = stack.popLast() else { return }
        let content: YAMLNode.Content = open.isMapping ? .mapping(open.pairs) : .sequence(open.items)
        let lastEnd = open.isMapping ? open.pairs.last?.value.span.end : open.items.last?.span.end
        let start = open.isMapping ? (open.pairs.first?.key.span.start ?? open.start) : open.start
        let finalEnd = end ?? lastEnd ?? open.start
        let node = YAMLNode(
            content: content, tag: open.tag, span: SourceSpan(start: min(start, open.start), end: finalEnd),
            expandedSize: open.size)
        complete(node, anchor: open.anchor)
    }

    private mutating func complete(_ node: YAMLNode, anchor: String?) {
        if let anchor { anchors[anchor] = node }
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        // The innermost collection is changed in place, so its arrays are not copied.
        stack[top].size = saturatingAdd(stack[top].size, node.expandedSize)
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            if !stack[top].pendingKeyIsDuplicate { stack[top].pairs.append(YAMLPair(key: key, value: node)) }
            stack[top].pendingKey = nil
        } else {
            stack[top].pendingKey = node
            stack[top].pendingKeyIsDuplicate = registerKey(node, at: top)
        }
    }

    /// Records a key of the collection at `level`; returns true (and reports)
    /// when the mapping already has it.
    private mutating func registerKey(_ key: YAMLNode, at level: Int) -> Bool {
        guard let text = key.scalar else { return false }
        let firstLine = stack[level].keyIndex.map { $0[text] } ?? stack[level].keys.first { $0.text == text }?.line
        if let firstLine {
            diagnostics.append(Self.duplicateKey(key, firstLine: firstLine))
            return true
        }
        if stack[level].keyIndex != nil {
            stack[level].keyIndex?[text] = key.span.start.line
        } else {
            stack[level].keys.append((text, key.span.start.line))
            if stack[level].keys.count > 16 {
                stack[level].keyIndex = Dictionary(stack[level].keys.map { ($0.text, $0.line) }, uniquingKeysWith: { first, _ in first })
            }
        }
        return false
    }

    /// The `schema/duplicate-key` finding for `key`, already set on `firstLine`.
    static func duplicateKey(_ key: YAMLNode, firstLine: Int) -> Diagnostic {
        Diagnostic(
            rule: "schema/duplicate-key", span: key.span,
            message: "duplicate key '\(key.scalar ?? "")': it is already set on line \(firstLine); remove one of them")
    }

    private func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }
}
