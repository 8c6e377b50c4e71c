/// One rendering in progress: the output so far and the context stack. A
/// class, so the recursive rendering never copies it; one rendering is used
/// by one thread, from start to end, so its state goes without the runtime's
/// exclusivity checks, which took a third of the rendering's time.
///
/// Values render with swift-mustache's semantics for the model's values: a
/// name is looked up from the innermost object of the context outwards, and
/// a member that is null is found (it stops the lookup, renders as nothing
/// and counts as false); a section on a list repeats for each item, on
/// `true` renders once, on any other value renders inside that value; an
/// integer renders in decimal and a number the way the JSON report writes it.
final class CompiledTemplateRendering {
    let templates: [String: CompiledTemplate]
    @exclusivity(unchecked) private var stack: [JSONValue]
    /// The partial left out and rendered later, with the stack it had.
    let deferredPartial: String?
    @exclusivity(unchecked) private var output: [UInt8] = []
    @exclusivity(unchecked) private var segments: [[UInt8]] = []
    @exclusivity(unchecked) private var deferredStacks: [[JSONValue]] = []

    init(templates: [String: CompiledTemplate], stack: [JSONValue], deferredPartial: String?) {
        self.templates = templates
        self.stack = stack
        self.deferredPartial = deferredPartial
        output.reserveCapacity(1 << 16)
    }

    /// The output cut where each deferred partial goes, and the stacks to render them on.
    func finishSegments() -> (segments: [[UInt8]], stacks: [[JSONValue]]) {
        cutSegment()
        return (segments, deferredStacks)
    }

    /// Ends the output so far as a segment.
    private func cutSegment() {
        segments.append(output)
        output = []
    }

    /// Renders `nodes`; false when a value cannot be written as swift-mustache would.
    /// Nodes and members are read in place through buffer pointers: copying
    /// each out of its array would retain and release what it holds.
    func render(_ nodes: [CompiledTemplate.Node]) -> Bool {
        nodes.withUnsafeBufferPointer { nodes in
            for index in nodes.indices {
                switch nodes[index] {
                case .text(let bytes):
                    output += bytes
                case .variable(let lookup, let escaped):
                    guard write(find(lookup), escaped: escaped) else { return false }
                case .section(let lookup, let inverted, let body):
                    guard section(find(lookup), inverted: inverted, body: body) else { return false }
                case .partial(let name):
                    if name == deferredPartial {
                        cutSegment()
                        deferredStacks.append(stack)
                    } else if let template = templates[name] {
                        guard render(template.nodes) else { return false }
                    }
                }
            }
            return true
        }
    }

    private func write(_ value: JSONValue?, escaped: Bool) -> Bool {
        switch value {
        case nil, .null?: return true
        case .bool(let flag)?: output += (flag ? "true" : "false").utf8
        case .integer(let number)?: output += String(number).utf8
        case .number(let number)?: output += ValueText.number(number).utf8
        case .string(let text)?:
            if escaped { HTMLEscaper.escape(text, into: &output) } else { output += text.utf8 }
        case .array?, .object?: return false
        }
        return true
    }

    private func section(_ value: JSONValue?, inverted: Bool, body: [CompiledTemplate.Node]) -> Bool {
        switch value {
        case .array(let items)?:
            if inverted { return items.isEmpty ? within(.array(items), body) : true }
            for item in items {
                guard within(item, body) else { return false }
            }
            return true
        case .bool(let flag)?:
            return flag == inverted ? true : render(body)
        case nil, .null?:
            return inverted ? render(body) : true
        case let value?:
            return inverted ? true : within(value, body)
        }
    }

    private func within(_ value: JSONValue, _ body: [CompiledTemplate.Node]) -> Bool {
        stack.append(value)
        defer { stack.removeLast() }
        return render(body)
    }

    /// What `lookup` names: the first path component from the innermost
    /// object that has it outwards, the rest inside what that gives, then
    /// the transforms; nil when something on the way is missing.
    private func find(_ lookup: CompiledTemplate.Lookup) -> JSONValue? {
        guard var value = stack.last else { return nil }
        if let first = lookup.first {
            var level = stack.count - 1
            while true {
                if let found = Self.member(first, of: stack[level]) {
                    value = found
                    break
                }
                guard level > 0 else { return nil }
                level -= 1
            }
        }
        for name in lookup.rest {
            guard let member = Self.member(name, of: value) else { return nil }
            value = member
        }
        for transform in lookup.transforms {
            guard let transformed = Self.apply(transform, to: value) else { return nil }
            value = transformed
        }
        return value
    }

    /// The member `name` of an object. Lengths are compared first: most
    /// members of an object differ from the name in length.
    private static func member(_ name: String, of value: JSONValue) -> JSONValue? {
        guard case .object(let members) = value else { return nil }
        let length = name.utf8.count
        return members.withUnsafeBufferPointer { members in
            for index in members.indices where members[index].0.utf8.count == length && members[index].0 == name {
                return members[index].1
            }
            return nil
        }
    }

    /// swift-mustache's transform of the value the model's value becomes in
    /// template data (integers, strings and arrays have transforms; others none).
    private static func apply(_ transform: CompiledTemplate.Transform, to value: JSONValue) -> JSONValue? {
        switch (transform, value) {
        case (.empty, .string(let text)): return .bool(text.isEmpty)
        case (.reversed, .string(let text)): return .string(String(text.reversed()))
        case (.empty, .array(let items)): return .bool(items.isEmpty)
        case (.count, .array(let items)): return .integer(items.count)
        case (.first, .array(let items)): return items.first
        case (.last, .array(let items)): return items.last
        case (.reversed, .array(let items)): return .array(items.reversed())
        case (.equalzero, .integer(let number)): return .bool(number == 0)
        case (.plusone, .integer(let number)): return .integer(number &+ 1)
        case (.minusone, .integer(let number)): return .integer(number &- 1)
        case (.even, .integer(let number)): return .bool(number & 1 == 0)
        case (.odd, .integer(let number)): return .bool(number & 1 == 1)
        default: return nil
        }
    }
}
