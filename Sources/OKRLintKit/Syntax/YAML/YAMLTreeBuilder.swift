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
        var keyLines: [String: Int] = [:]
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
        guard var top = stack.popLast() else {
            root = node
            return
        }
        top.size = saturatingAdd(top.size, node.expandedSize)
        if !top.isMapping {
            top.items.append(node)
        } else if let key = top.pendingKey {
            if !top.pendingKeyIsDuplicate { top.pairs.append(YAMLPair(key: key, value: node)) }
            top.pendingKey = nil
        } else {
            top.pendingKey = node
            top.pendingKeyIsDuplicate = registerKey(node, in: &top)
        }
        stack.append(top)
    }

    /// Records a key; returns true (and reports) when the mapping already has it.
    private mutating func registerKey(_ key: YAMLNode, in open: inout OpenCollection) -> Bool {
        guard let text = key.scalar else { return false }
        if let firstLine = open.keyLines[text] {
            diagnostics.append(Self.duplicateKey(key, firstLine: firstLine))
            return true
        }
        open.keyLines[text] = key.span.start.line
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
