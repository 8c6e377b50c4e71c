/// Paths relative to a folder, compared byte for byte as the file system
/// compares names (and without counting characters, which a workspace's
/// thousand paths would pay for on every run).
enum PathInside {
    /// `path` without the leading `folder/`, or nil when it is not inside `folder`.
    static func relative(_ path: String, to folder: String) -> String? {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        guard path.utf8.starts(with: prefix.utf8) else { return nil }
        return String(decoding: path.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    }
}
