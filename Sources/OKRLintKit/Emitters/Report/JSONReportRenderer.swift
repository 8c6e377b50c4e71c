/// `okrlint report --format json`: the report model, pretty-printed.
public enum JSONReportRenderer {
    public static func render(_ document: JSONValue) -> String {
        document.pretty()
    }
}
