/// Compiled templates that may include each other as partials, rendered
/// over the report model (`CompiledTemplateRendering`).
struct CompiledTemplateSet: Sendable {
    private let templates: [String: CompiledTemplate]

    /// Compiles `texts` (template text by name); every partial they name must be among them.
    init(_ texts: [String: String]) throws(CompiledTemplateParser.Refusal) {
        var templates: [String: CompiledTemplate] = [:]
        for (name, text) in texts {
            templates[name] = try CompiledTemplateParser.parse(text)
        }
        for (name, template) in templates {
            for partial in Self.partials(in: template.nodes) where templates[partial] == nil {
                throw CompiledTemplateParser.Refusal(description: "\(name) includes the unknown partial \(partial)")
            }
        }
        self.templates = templates
    }

    /// The output of the template `name` on `context` (a stack of values,
    /// outermost first), as UTF-8 pieces to be written in order. Each use of
    /// the partial `inParallel` is rendered on its own, on all cores, as a
    /// piece of its own. Nil when the model holds what the compiled renderer
    /// does not write the way swift-mustache would (a list or an object as
    /// text): the caller then renders with swift-mustache.
    func render(_ name: String, context: [JSONValue], inParallel parallelPartial: String? = nil) -> [[UInt8]]? {
        guard let template = templates[name] else { return nil }
        let rendering = CompiledTemplateRendering(templates: templates, stack: context, deferredPartial: parallelPartial)
        guard rendering.render(template.nodes) else { return nil }
        let frame = rendering.finishSegments()
        let partialNodes = parallelPartial.flatMap { templates[$0]?.nodes } ?? []
        let pieces = ParallelMap.map(frame.stacks) { stack -> [UInt8]? in
            let piece = CompiledTemplateRendering(templates: templates, stack: stack, deferredPartial: nil)
            return piece.render(partialNodes) ? piece.finishSegments().segments[0] : nil
        }
        var output: [[UInt8]] = [frame.segments[0]]
        for (piece, segment) in zip(pieces, frame.segments.dropFirst()) {
            guard let piece else { return nil }
            output += [piece, segment]
        }
        return output
    }

    private static func partials(in nodes: [CompiledTemplate.Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .partial(let name): return [name]
            case .section(_, _, let body): return partials(in: body)
            case .text, .variable: return []
            }
        }
    }
}
