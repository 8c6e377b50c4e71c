extension FieldRecord {
    /// Whether the field `key` was left out, and not because its value was
    /// malformed (that is already a `schema/type` finding, SPEC §2: no cascades).
    public func isMissing<Value>(_ field: Located<Value>?, key: String) -> Bool {
        field == nil && !hasInvalidValue(for: key)
    }

    /// Whether the text field `key` was left out or left blank, and not
    /// because its value was malformed.
    public func isMissing(_ field: Located<String>?, key: String) -> Bool {
        ValueText.trim(field?.value ?? "").isEmpty && !hasInvalidValue(for: key)
    }
}
