/// URI references for files in SARIF `artifactLocation.uri` (RFC 3986): a
/// repository-relative path stays relative, an absolute one becomes a
/// `file://` URI, and every byte outside the characters a path may hold is
/// percent-encoded (spaces, `%`, `#`, `?`, non-ASCII as UTF-8).
enum ArtifactURI {
    static func reference(for path: String) -> String {
        let absolute = path.hasPrefix("/")
        let encoded = path.split(separator: "/", omittingEmptySubsequences: false).enumerated().map { index, segment in
            // In a relative reference, a `:` in the first segment would read as a URI scheme.
            encode(segment, colon: absolute || index > 0)
        }.joined(separator: "/")
        return absolute ? "file://" + encoded : encoded
    }

    /// Keeps ASCII letters and digits, RFC 3986's other unreserved characters,
    /// its sub-delimiters and `@` (and `:` when allowed); percent-encodes
    /// every other UTF-8 byte.
    private static func encode(_ segment: Substring, colon: Bool) -> String {
        var encoded = ""
        for byte in segment.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if byte < 0x80, character.isLetter || character.isNumber || "-._~!$&'()*+,;=@".contains(character) || (colon && character == ":") {
                encoded.append(character)
            } else {
                encoded += "%" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return encoded
    }
}
