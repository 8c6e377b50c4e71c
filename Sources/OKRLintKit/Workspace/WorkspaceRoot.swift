import Foundation

/// Finds the workspace root (SPEC §2): searching upward from a starting
/// folder, the first folder holding `.okrlint.yaml`, else the git work tree
/// root, else the starting folder itself.
public enum WorkspaceRoot {
    public static func find(from start: String) -> String {
        var gitRoot: String?
        var current = start
        while true {
            if FileManager.default.fileExists(atPath: current + "/.okrlint.yaml") { return current }
            if gitRoot == nil, FileManager.default.fileExists(atPath: current + "/.git") { gitRoot = current }
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        return gitRoot ?? start
    }

    /// The plan id of a file without `id`: its path from the root without the `.okr.*` ending.
    public static func fallbackPlanID(for path: String, root: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        var relative = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : (path as NSString).lastPathComponent
        for suffix in [".okr.yaml", ".okr.yml", ".okr.md", ".yaml", ".yml", ".md"] where relative.hasSuffix(suffix) {
            relative.removeLast(suffix.count)
            break
        }
        return relative
    }
}
