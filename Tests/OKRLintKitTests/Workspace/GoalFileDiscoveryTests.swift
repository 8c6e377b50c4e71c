import Foundation
import Testing
@testable import OKRLintKit

@Suite struct GoalFileDiscoveryTests {
    /// A fresh folder under the system's temporary folder, removed after `body`.
    private func withFolder(_ body: (String) throws -> Void) throws {
        let folder = NSTemporaryDirectory() + "okrlint-discovery-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try body(folder)
    }

    private func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func findsGoalFilesInSubfoldersSortedByPathWithTheirSizes() throws {
        try withFolder { folder in
            try write("id: b\n", to: folder + "/b.okr.yaml")
            try write("id: a\n", to: folder + "/teams/a.okr.yml")
            try write("# Plan\n", to: folder + "/teams/z.okr.md")
            try write("id: longer\n", to: folder + "/a-first.okr.yaml")
            try write("notes", to: folder + "/notes.yaml")
            try write("id: h\n", to: folder + "/.hidden.okr.yaml")
            try write("id: h\n", to: folder + "/.git/x.okr.yaml")
            let found = try GoalFileDiscovery.goalFilesWithStamps(under: folder, display: { $0 })
            #expect(found.map(\.path) == [
                folder + "/a-first.okr.yaml", folder + "/b.okr.yaml",
                folder + "/teams/a.okr.yml", folder + "/teams/z.okr.md",
            ])
            #expect(found.map(\.stamp.size) == [11, 6, 6, 7])
        }
    }

    @Test func followsLinksToFilesButNotToFolders() throws {
        try withFolder { folder in
            try write("id: real\n", to: folder + "/real/plan.okr.yaml")
            try FileManager.default.createSymbolicLink(atPath: folder + "/link.okr.yaml", withDestinationPath: folder + "/real/plan.okr.yaml")
            try FileManager.default.createSymbolicLink(atPath: folder + "/loop", withDestinationPath: folder)
            let found = try GoalFileDiscovery.goalFilesWithStamps(under: folder, display: { $0 })
            #expect(found.map(\.path) == [folder + "/link.okr.yaml", folder + "/real/plan.okr.yaml"])
        }
    }

    @Test func skipsANameThatIsNotUTF8() throws {
        try withFolder { folder in
            try write("id: fine\n", to: folder + "/fine.okr.yaml")
            // "caf\xE9.okr.yaml": Latin-1, not UTF-8; it has no path okrlint could show.
            let name: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".okr.yaml".utf8) + [0]
            let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name
            let descriptor = path.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
            }
            #expect(descriptor >= 0)
            close(descriptor)
            let found = try GoalFileDiscovery.goalFilesWithStamps(under: folder, display: { $0 })
            #expect(found.map(\.path) == [folder + "/fine.okr.yaml"])
        }
    }
}
