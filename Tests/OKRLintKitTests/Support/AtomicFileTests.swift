import Foundation
@testable import OKRLintKit
import Testing

/// Output files: a report is written from pieces (never joined) and swapped
/// with the file it replaces; other files are renamed into place. Either way
/// the file holds exactly what was written, keeps its mode, and nothing else is left.
@Suite struct AtomicFileTests {
    @Test func writesManyPiecesInOrderAndKeepsTheFileMode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("okrlint-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.html").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        // 300 pieces (several `writev` batches), empty ones among them, one of 200 KB.
        let pieces: [[UInt8]] = (0..<300).map { index in
            switch index % 7 {
            case 0: return []
            case 3 where index == 150: return Array(repeating: UInt8(ascii: "x"), count: 200_000)
            default: return Array("piece \(index);".utf8)
            }
        }
        try AtomicFile.write(pieces: pieces, to: path)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(pieces.joined()))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"], "no temporary file is left")
    }

    @Test func createsAndReplacesFilesLeavingNothingElse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("okrlint-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("status.md").path
        try AtomicFile.write("first\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o644)
        try AtomicFile.write("second, longer\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second, longer\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["status.md"])
    }
}
