import Foundation

/// Finds the workspace root (SPEC §2): searching upward from a starting
/// folder, the first folder holding `.okrlint.yaml`, else the git work tree
/// root, else the starting folder itself.
public enum WorkspaceRoot {
    public static func find(from start: String) -> String {
        folders(upwardFrom: start).first { FileManager.default.fileExists(atPath: $0 + "/.okrlint.yaml") }
            ?? gitWorkTree(from: start) ?? start
    }

    /// The root of the git work tree holding `start` (the nearest folder with
    /// a `.git` folder or file), nil outside git.
    public static func gitWorkTree(from start: String) -> String? {
        folders(upwardFrom: start).first { FileManager.default.fileExists(atPath: $0 + "/.git") }
    }

    /// `start` and each of its parents up to the file system root.
    private static func folders(upwardFrom start: String) -> [String] {
        var result = [start]
        while let current = result.last {
            let parent = (current as NSString).deletingLastPathComponent
            if parent == current || parent.isEmpty { break }
            result.append(parent)
        }
        return result
    }

    /// The plan id of a file without `id`: its path from the root without the `.okr.*` ending.
    public static func fallbackPlanID(for path: String, root: String) -> String {
        var relative = PathInside.relative(path, to: root) ?? (path as NSString).lastPathComponent
        for suffix in [".okr.yaml", ".okr.yml", ".okr.md", ".yaml", ".yml", ".md"] where relative.hasSuffix(suffix) {
            relative.removeLast(suffix.count)
            break
        }
        return relative
    }
}
