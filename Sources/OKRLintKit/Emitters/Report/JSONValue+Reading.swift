/// Typed reads of the report model, for renderers that walk the JSON document.
extension JSONValue {
    /// The string, or nil for any other value.
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The integer, or nil for any other value.
    var integer: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The items of an array; empty for any other value.
    var items: [JSONValue] {
        if case .array(let items) = self { return items }
        return []
    }

    /// The string at `path` of nested objects (`["score", "text"]`), or nil.
    func string(_ path: String...) -> String? {
        value(at: path)?.string
    }

    /// The integer at `path` of nested objects, or 0 when absent.
    func count(_ path: String...) -> Int {
        value(at: path)?.integer ?? 0
    }

    /// The array at `key`; empty when absent.
    func items(_ key: String) -> [JSONValue] {
        self[key]?.items ?? []
    }

    private func value(at path: [String]) -> JSONValue? {
        path.reduce(Optional(self)) { value, key in value?[key] }
    }
}
