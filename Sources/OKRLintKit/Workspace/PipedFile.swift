/// A goal file read from standard input (`--stdin-filename NAME`): it is
/// linted and reported as `name`, and its text stands in for the file's copy
/// on disk (if any) in the workspace index, so cross-file rules see the text
/// being edited rather than the saved file.
public struct PipedFile: Sendable {
    /// The path the text is reported as, absolute or relative to the current folder.
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
