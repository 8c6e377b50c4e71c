@testable import OKRLintKit
import Testing

/// Paths for SARIF and GitHub annotations: relative to the repository root
/// whatever the current folder, and as URI references in SARIF.
@Suite struct ArtifactPathsTests {
    private let paths = ArtifactPaths(currentFolder: "/repo/goals/team", root: "/repo")

    @Test func displayedPathsBecomeRepositoryRelative() {
        #expect(paths.relative("ops.okr.yaml") == "goals/team/ops.okr.yaml")
        #expect(paths.relative("../shared/x.okr.yaml") == "goals/shared/x.okr.yaml")
        #expect(paths.relative("/repo/plans/y.okr.yaml") == "plans/y.okr.yaml")
    }

    @Test func pathsOutsideTheRepositoryStayAbsolute() {
        #expect(paths.relative("/elsewhere/z.okr.yaml") == "/elsewhere/z.okr.yaml")
        #expect(paths.relative("../../../repository2/z.okr.yaml") == "/repository2/z.okr.yaml")
    }

    @Test func uriReferencesPercentEncodeWhatAPathCannotHold() {
        #expect(ArtifactURI.reference(for: "goals/ops,q4:50%.okr.yaml") == "goals/ops,q4:50%25.okr.yaml")
        #expect(ArtifactURI.reference(for: "goals/Größe #1?.okr.yaml") == "goals/Gr%C3%B6%C3%9Fe%20%231%3F.okr.yaml")
        #expect(ArtifactURI.reference(for: "a:b/c.okr.yaml") == "a%3Ab/c.okr.yaml", "a colon in the first segment would be a scheme")
        #expect(ArtifactURI.reference(for: "/tmp/x y.okr.yaml") == "file:///tmp/x%20y.okr.yaml")
    }
}
