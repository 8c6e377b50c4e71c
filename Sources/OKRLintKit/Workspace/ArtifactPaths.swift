import Foundation

/// Turns the paths findings are shown with (relative to the current folder,
/// else absolute) into paths relative to the repository: the git work tree
/// root, else the workspace root. SARIF and GitHub annotations need these so
/// that they attach to the right file whatever folder okrlint ran in.
public struct ArtifactPaths: Sendable, Equatable {
    /// The folder displayed paths are relative to.
    public let currentFolder: String
    /// The git work tree root, else the workspace root.
    public let root: String

    public init(currentFolder: String, root: String) {
        self.currentFolder = currentFolder
        self.root = root
    }

    /// For a workspace root: relative to its git work tree when there is one.
    public init(currentFolder: String, workspaceRoot: String) {
        self.init(currentFolder: currentFolder, root: WorkspaceRoot.gitWorkTree(from: workspaceRoot) ?? workspaceRoot)
    }

    /// `file` relative to the root; an absolute path when it lies outside it.
    public func relative(_ file: String) -> String {
        let joined = file.hasPrefix("/") ? file : currentFolder + "/" + file
        let absolute = (joined as NSString).standardizingPath
        return PathInside.relative(absolute, to: root) ?? absolute
    }
}
