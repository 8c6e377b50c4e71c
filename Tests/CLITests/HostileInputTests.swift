import Foundation
import Testing

/// Hostile inputs through the real binary (issue 15): each gives what SPEC
/// §2/§4 name, within bounded time, and never a crash or a partial output.
@Suite struct HostileInputTests {
    private func timed(_ arguments: [String], in folder: URL, asNobody: Bool = false) throws -> (BinaryRunner.Result, TimeInterval) {
        let started = Date()
        let result = try BinaryRunner.run(arguments, in: folder, asNobody: asNobody)
        return (result, Date().timeIntervalSince(started))
    }

    @Test func hundredMegabyteFileIsALimitFindingWithoutReadingIt() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("huge.okr.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let (result, seconds) = try timed(["huge.okr.yaml", "--format", "json"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"rule\": \"syntax/limits\""))
        #expect(result.stdout.contains("the file is 100 MiB, over the 8 MiB limit"))
        #expect(seconds < 5)
    }

    @Test func oneMegabyteSingleLineIsReadInBoundedTime() throws {
        let folder = try TemporaryFolder()
        try folder.write("long.okr.yaml", "id: long\ntitle: " + String(repeating: "word ", count: 200_000) + "\n")
        let (result, seconds) = try timed(["long.okr.yaml", "--format", "json", "--select", "syntax/,schema/"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"files\": 1"))
        #expect(seconds < 10)
    }

    @Test func symbolicLinkLoopsNeitherTrapNorHang() throws {
        let folder = try TemporaryFolder()
        try folder.write("goals/team.okr.yaml", "id: team\n")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("goals/loop").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("self.okr.yaml").path, withDestinationPath: "self.okr.yaml")
        let (folderRun, seconds) = try timed(["goals"], in: folder.url)
        #expect(folderRun.status == 0, "links to folders are not followed: \(folderRun.stderr)")
        #expect(seconds < 10)
        let (explicitRun, _) = try timed(["self.okr.yaml"], in: folder.url)
        #expect(explicitRun.status == 2)
        #expect(explicitRun.stdout.isEmpty)
        #expect(explicitRun.stderr.contains("self.okr.yaml"))
    }

    @Test func fullDiskLeavesNoPartialOutput() throws {
        let folder = try TemporaryFolder()
        try folder.write("team.okr.yaml", "id: team\nkpis:\n" + (1...300).map { "  - kpi: Measure number \($0) with a long name\n" }.joined())
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("disk"), withIntermediateDirectories: true)
        // A 16 KiB tmpfs in a private mount namespace (gone when the shell exits) is too small for the report.
        let script = """
            mount -t tmpfs -o size=16k tmpfs disk || exit 90
            "$0" team.okr.yaml --format json --output disk/report.json > out.txt 2> err.txt
            status=$?
            ls -A disk > listing.txt
            exit $status
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "sh", "-c", script, BinaryRunner.binary.path]
        process.currentDirectoryURL = folder.url
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "mounting a small tmpfs needs root; exit \(process.terminationStatus)")
        let read = { (name: String) in (try? String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)) ?? "?" }
        #expect(read("out.txt").isEmpty)
        #expect(read("err.txt").contains("disk/report.json: cannot write the output"))
        #expect(read("listing.txt").isEmpty, "no partial or temporary file is left")
    }
}
