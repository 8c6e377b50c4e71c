import Foundation

/// Paths of the repository's folders, found from this source file, so tests
/// read the committed Samples and Grammar wherever the package is checked out.
enum RepositoryPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var samples: URL { root.appendingPathComponent("Samples") }
    static var grammar: URL { root.appendingPathComponent("Grammar") }

    /// The Markdown versions of the samples, a workspace of their own.
    static var markdownSamples: URL { samples.appendingPathComponent("markdown") }

    /// Every `*.okr.yaml` file below Samples/, sorted by path.
    static func sampleFiles() -> [URL] { files(under: samples, endingWith: ".okr.yaml") }

    /// Every `*.okr.md` file below Samples/markdown/, sorted by path.
    static func markdownSampleFiles() -> [URL] { files(under: markdownSamples, endingWith: ".okr.md") }

    private static func files(under folder: URL, endingWith suffix: String) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        let files = (enumerator?.allObjects as? [URL] ?? []).filter { $0.path.hasSuffix(suffix) }
        return files.sorted { $0.path < $1.path }
    }
}
