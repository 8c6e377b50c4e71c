import Foundation

/// Paths of the repository's folders, found from this source file, so tests
/// read the committed Samples and Grammar wherever the package is checked out.
enum RepositoryPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var samples: URL { root.appendingPathComponent("Samples") }
    static var grammar: URL { root.appendingPathComponent("Grammar") }

    /// Every `*.okr.yaml` file below Samples/, sorted by path.
    static func sampleFiles() -> [URL] {
        let enumerator = FileManager.default.enumerator(at: samples, includingPropertiesForKeys: nil)
        let files = (enumerator?.allObjects as? [URL] ?? []).filter { $0.path.hasSuffix(".okr.yaml") }
        return files.sorted { $0.path < $1.path }
    }
}
