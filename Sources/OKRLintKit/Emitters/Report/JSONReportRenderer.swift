/// `okrlint report --format json`: the report model, pretty-printed.
public enum JSONReportRenderer {
    public static func render(_ document: JSONValue) -> String {
        document.pretty()
    }

    /// The same as UTF-8 pieces to write in order, for a large report: never joined.
    public static func renderPieces(_ document: JSONValue) -> [[UInt8]] {
        document.prettyPieces()
    }
}
