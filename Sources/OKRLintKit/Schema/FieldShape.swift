/// How a field's value is laid out, independent of any syntax: one value, a
/// list of values, a list of nested items, or a dated series. Front ends that
/// spell values differently from YAML (the Markdown dialect) read the shape
/// of each key from here instead of keeping a second list of fields.
indirect enum FieldShape: Sendable {
    /// A single value (which a reader may also accept as a small mapping).
    case value
    /// A list of values; a single value is a one-item list.
    case list
    /// A list of nested items.
    case items(ItemLayout)
    /// Dated values: a list of items or a mapping from dates to values.
    case series(ItemLayout)
}

/// The keys of one kind of item with the shape of each value: a view of an
/// `ItemSchema` without its reading code.
struct ItemLayout: Sendable {
    /// The word used in messages ("key result").
    let noun: String
    private let shapes: [String: FieldShape]

    init(noun: String, fields: [(String, FieldShape)]) {
        self.noun = noun
        shapes = Dictionary(fields, uniquingKeysWith: { first, _ in first })
    }

    /// The item's keys, in no particular order.
    var keys: Dictionary<String, FieldShape>.Keys { shapes.keys }

    /// The shape of `key`'s value, nil when the item has no such key.
    func shape(of key: String) -> FieldShape? { shapes[key] }

    /// The layout of the items nested under `key`, for `items` and `series` fields.
    func nested(_ key: String) -> ItemLayout? {
        switch shapes[key] {
        case .items(let layout)?, .series(let layout)?: return layout
        default: return nil
        }
    }
}
