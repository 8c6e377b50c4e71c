/// The limits that keep hostile YAML from exhausting time or memory (SPEC §2).
public struct YAMLLimits: Sendable {
    /// Largest accepted file in bytes.
    public var maxFileSize: Int
    /// Deepest accepted nesting of mappings and sequences.
    public var maxDepth: Int
    /// Most nodes that aliases may add to a document when expanded.
    public var maxAliasExpansion: Int

    public init(maxFileSize: Int = 8 * 1024 * 1024, maxDepth: Int = 1000, maxAliasExpansion: Int = 10_000) {
        self.maxFileSize = maxFileSize
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }

    public static let standard = YAMLLimits()
}
