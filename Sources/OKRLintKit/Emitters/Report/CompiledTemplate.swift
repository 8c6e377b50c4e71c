/// A Mustache template compiled for rendering the report model (`JSONValue`)
/// straight, without converting it to template data first.
///
/// The built-in page is rendered this way: swift-mustache looks every name up
/// through dynamic casts at each level of the context stack, which made a
/// page of a thousand plans five times slower than linting them. The
/// template language does not change: `CompiledTemplateParser` reads the
/// subset the built-in templates use, with swift-mustache's rules for
/// standalone lines, and a test holds the output to swift-mustache's byte
/// for byte. A user's `--template` still goes through swift-mustache.
struct CompiledTemplate: Sendable {
    /// One piece of a template.
    indirect enum Node: Sendable {
        /// Text copied as it is.
        case text([UInt8])
        /// `{{name}}` (HTML-escaped) or `{{{name}}}` / `{{& name}}` (as it is).
        case variable(Lookup, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(Lookup, inverted: Bool, body: [Node])
        /// `{{> name}}`: another template of the same set, on the same context.
        case partial(String)
    }

    /// What a tag names: `.` (the current value), a dotted path looked up
    /// through the context stack (or, starting with `.`, in the current value
    /// only), and the transforms applied to what is found, innermost first.
    struct Lookup: Sendable {
        /// The path's first name, looked up through the stack; nil for `.`
        /// and for a path starting with `.`, which start at the current value.
        var first: String?
        /// The rest of the path, each name a member of what the one before gave.
        var rest: [String]
        var transforms: [Transform]
    }

    /// The swift-mustache transforms the compiled templates support, with the same results.
    enum Transform: String, Sendable {
        case empty, count, first, last, reversed, equalzero, plusone, minusone, even, odd
    }

    let nodes: [Node]
}
