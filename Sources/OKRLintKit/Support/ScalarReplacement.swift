extension StringProtocol {
    /// The text with each Unicode scalar for which `replacement` gives text
    /// replaced by that text; the others are kept. Output escaping is built on it.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        for scalar in unicodeScalars {
            if let text = replacement(scalar) {
                result += text
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
