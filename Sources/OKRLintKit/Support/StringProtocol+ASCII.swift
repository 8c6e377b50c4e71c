extension StringProtocol {
    /// Whether the text is all ASCII: the common case that byte-level fast
    /// paths handle, leaving other text to the Unicode-aware way.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }
}
