extension Unicode.Scalar {
    /// Unicode's White_Space property, answered without a property lookup for
    /// ASCII (tab, line feed, vertical tab, form feed, carriage return, space),
    /// which is nearly all the text goal files hold.
    var isWhiteSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// Unicode's Alphabetic property, answered without a property lookup for
    /// ASCII, where only the letters A–Z and a–z have it.
    var isAlphabetic: Bool {
        value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : properties.isAlphabetic
    }
}
