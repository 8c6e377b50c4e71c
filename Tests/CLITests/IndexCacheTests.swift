import Foundation
import Testing

/// The cross-file index cache (`.okrlint-cache/`) through the real binary:
/// it is written, used, invalidated by a change, ignored when broken, and
/// neither read nor written with `--no-cache`.
@Suite struct IndexCacheTests {
    private let pinned = ["--select", "plan/unknown-reference"]

    private func workspace() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(".okrlint.yaml", "extends: recommended\n")
        try folder.write("company.okr.yaml", "id: company\nobjectives:\n  - id: retention\n    objective: Customers stay\n")
        try folder.write("team.okr.yaml", "id: team\naligns_to: company#retention\n")
        return folder
    }

    @Test func aChangedFileIsReindexed() throws {
        let folder = try workspace()
        let first = try BinaryRunner.run(["team.okr.yaml"] + pinned, in: folder.url)
        #expect(first.status == 0)
        let cache = folder.url.appendingPathComponent(".okrlint-cache/index-v2")
        let written = try String(contentsOf: cache, encoding: .utf8)
        #expect(written.contains("P 1:5-1:12 company\nI retention\n"))
        try folder.write("company.okr.yaml", "id: company\nobjectives:\n  - id: loyalty\n    objective: Customers stay\n")
        let second = try BinaryRunner.run(["team.okr.yaml", "--no-color"] + pinned, in: folder.url)
        #expect(second.status == 1)
        #expect(second.stdout.contains("plan 'company' has no item 'retention'"))
    }

    /// An unchanged file is taken from the cache, not reparsed: a cache entry
    /// edited behind okrlint's back (same size and time stamp) is believed.
    @Test func anUnchangedFileIsTakenFromTheCache() throws {
        let folder = try workspace()
        #expect(try BinaryRunner.run(["team.okr.yaml"] + pinned, in: folder.url).status == 0)
        let cache = folder.url.appendingPathComponent(".okrlint-cache/index-v2")
        let written = try String(contentsOf: cache, encoding: .utf8)
        try written.replacingOccurrences(of: "I retention\n", with: "I loyalty\n").write(to: cache, atomically: true, encoding: .utf8)
        let second = try BinaryRunner.run(["team.okr.yaml", "--no-color"] + pinned, in: folder.url)
        #expect(second.status == 1)
        #expect(second.stdout.contains("plan 'company' has no item 'retention'"))
    }

    @Test func aBrokenCacheIsRebuilt() throws {
        let folder = try workspace()
        try folder.write(".okrlint-cache/index-v2", "garbage\nF x y z\n")
        let result = try BinaryRunner.run(["team.okr.yaml"] + pinned, in: folder.url)
        #expect(result.status == 0)
        #expect(try String(contentsOf: folder.url.appendingPathComponent(".okrlint-cache/index-v2"), encoding: .utf8).hasPrefix("okrlint-index 2 "))
    }

    @Test func noCacheNeitherReadsNorWrites() throws {
        let folder = try workspace()
        let result = try BinaryRunner.run(["team.okr.yaml", "--no-cache"] + pinned, in: folder.url)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".okrlint-cache").path))
    }

    @Test func anUnwritableCacheFolderDoesNotFailTheRun() throws {
        let folder = try workspace()
        chmod(folder.url.path, 0o555)
        defer { chmod(folder.url.path, 0o755) }
        let result = try BinaryRunner.run(["team.okr.yaml"] + pinned, in: folder.url, asNobody: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }
}
