/// Assembles `YAMLNode`s from parser events: keeps the stack of open
/// collections, resolves aliases, and reports duplicate keys, excessive
/// nesting and alias expansion. It knows nothing of libyaml.
struct YAMLTreeBuilder {
    /// A collection whose end event has not arrived yet. Its children wait
    /// on the builder's shared stacks, from `firstChild` (in `items` or
    /// `pairs`), so that each collection's array is allocated once, at its
    /// final size, when the collection ends.
    private struct OpenCollection {
        let isMapping: Bool
        let start: SourcePosition
        let tag: String?
        let anchor: String?
        let firstChild: Int
        var pendingKey: YAMLNode?
        var pendingKeyIsDuplicate = false
        /// The keys with their lines once the mapping has more than
        /// `keyListLimit` of them; below that its pairs are searched in
        /// order, which is cheaper than hashing.
        var keyIndex: [String: Int]?
        var size = 1
    }

    private static let keyListLimit = 16

    enum Stop: Error {
        case limitReached(Diagnostic)
    }

    let limits: YAMLLimits
    private var stack: [OpenCollection] = []
    /// The items of the open sequences and the pairs of the open mappings, innermost last.
    private var items: [YAMLNode] = []
    private var pairs: [YAMLPair] = []
    private var anchors: [String: YAMLNode] = [:]
    private var aliasExpansion = 0
    private(set) var root: YAMLNode?
    private(set) var diagnostics: [Diagnostic] = []

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    mutating func scalar(_ text: consuming String, style: ScalarStyle, tag: String?, anchor: String?, span: SourceSpan) {
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
        stack.append(OpenCollection(
            isMapping: isMapping, start: start, tag: tag, anchor: anchor,
            firstChild: isMapping ? pairs.count : items.count))
    }

    /// Closes the innermost collection; `end` is the end of its closing token
    /// (`]` or `}`) for flow collections, nil for block ones, which end with
    /// their last child.
    mutating func closeCollection(end: SourcePosition?) {
        guard let open = stack.popLast() else { return }
        let content: YAMLNode.Content
        let start: SourcePosition
        let lastEnd: SourcePosition?
        if open.isMapping {
            let children = Self.takeTail(of: &pairs, from: open.firstChild)
            content = .mapping(children)
            start = children.first?.key.span.start ?? open.start
            lastEnd = children.last?.value.span.end
        } else {
            let children = Self.takeTail(of: &items, from: open.firstChild)
            content = .sequence(children)
            start = open.start
            lastEnd = children.last?.span.end
        }
        let finalEnd = end ?? lastEnd ?? open.start
        let node = YAMLNode(
            content: content, tag: open.tag, span: SourceSpan(start: min(start, open.start), end: finalEnd),
            expandedSize: open.size)
        complete(node, anchor: open.anchor)
    }

    /// The elements of `stack` from `start` on, moved (not copied) into an
    /// array of their own, in order.
    private static func takeTail<Element>(of stack: inout [Element], from start: Int) -> [Element] {
        let count = stack.count - start
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            for offset in stride(from: count - 1, through: 0, by: -1) {
                (buffer.baseAddress! + offset).initialize(to: stack.removeLast())
            }
            initialized = count
        }
    }

    private mutating func complete(_ node: consuming YAMLNode, anchor: String?) {
        if let anchor { anchors[anchor] = node }
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        // The innermost collection is changed in place, so its arrays are not copied.
        stack[top].size = saturatingAdd(stack[top].size, node.expandedSize)
        if !stack[top].isMapping {
            items.append(node)
        } else if let key = stack[top].pendingKey.take() {
            if !stack[top].pendingKeyIsDuplicate { pairs.append(YAMLPair(key: key, value: node)) }
        } else {
            stack[top].pendingKeyIsDuplicate = registerKey(node, at: top)
            stack[top].pendingKey = node
        }
    }

    /// Records a key of the collection at `level`; returns true (and reports)
    /// when the mapping already has it. Its keys so far are those of its
    /// pairs on the stack (a duplicate key's pair is left out).
    private mutating func registerKey(_ key: YAMLNode, at level: Int) -> Bool {
        guard let text = key.scalar else { return false }
        let firstChild = stack[level].firstChild
        let firstLine = stack[level].keyIndex.map { $0[text] }
            ?? pairs[firstChild...].first { $0.key.scalar == text }?.key.span.start.line
        if let firstLine {
            diagnostics.append(Self.duplicateKey(key, firstLine: firstLine))
            return true
        }
        if stack[level].keyIndex != nil {
            stack[level].keyIndex?[text] = key.span.start.line
        } else if pairs.count - firstChild >= Self.keyListLimit {
            var index = [text: key.span.start.line]
            for pair in pairs[firstChild...] {
                if let written = pair.key.scalar { index[written] = pair.key.span.start.line }
            }
            stack[level].keyIndex = index
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
