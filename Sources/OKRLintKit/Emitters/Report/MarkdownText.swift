/// Escapes text from goal files for the Markdown report: it stays one table
/// cell on one line, shows literally (no emphasis, links or code), and
/// cannot open an HTML tag.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t": result.append(" ")
            case "<": result.append("&lt;")
            case ">": result.append("&gt;")
            case "&": result.append("&amp;")
            case "\\", "`", "*", "_", "[", "]", "|", "~", "#", "!": result.append("\\"); result.append(character)
            default: result.append(character)
            }
        }
        return result
    }
}
