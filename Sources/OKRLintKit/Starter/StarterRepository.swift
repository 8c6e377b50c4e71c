import Foundation

/// A starter goals repository (`okrlint init`): a sample plan, the
/// configuration, the pre-commit and GitHub Actions files, and the cache
/// folder listed in `.gitignore`.
public struct StarterRepository: Sendable {
    /// A file to create, by path relative to the target folder.
    public struct File: Sendable, Equatable {
        public let path: String
        public let text: String
    }

    public static let samplePlanPath = "goals/team.okr.yaml"
    /// The line `.gitignore` must hold: okrlint's cache of the workspace index.
    public static let ignoredFolder = ".okrlint-cache/"

    public let files: [File]

    /// The files for a repository started `today` that installs okrlint `version`.
    public init(today: CalendarDate, version: String) {
        files = [
            File(path: Self.samplePlanPath, text: StarterPlan.text(today: today)),
            File(path: ".okrlint.yaml", text: StarterCIFiles.configuration),
            File(path: ".pre-commit-config.yaml", text: StarterCIFiles.preCommitConfiguration(version: version)),
            File(path: ".github/workflows/okrlint.yml", text: StarterCIFiles.workflow(version: version)),
        ]
    }

    /// Writes the files into `folder` (created when missing), all or none, and adds the cache
    /// folder to `.gitignore` (created, or appended to). Refuses, writing
    /// nothing, when any of the files exists. Returns what it did, one line each.
    public func write(into folder: String, shownAs shown: String) throws(RunError) -> [String] {
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: folder + "/" + $0) }
        guard existing.isEmpty else {
            throw RunError("\(shown): init would overwrite \(existing.joined(separator: ", ")); nothing was written (move \(existing.count == 1 ? "it" : "them") away, or run init in another folder)")
        }
        for subfolder in Set(files.map { ($0.path as NSString).deletingLastPathComponent }).sorted() {
            try OutputFolder.create(folder + "/" + subfolder, shownAs: (shown as NSString).appendingPathComponent(subfolder))
        }
        try AtomicFile.write(files.map { ($0.text, folder + "/" + $0.path) })
        return files.map { "created \($0.path)" } + [try ignoreCache(in: folder + "/.gitignore")]
    }

    /// Adds the cache folder to the `.gitignore` at `path` unless it is listed.
    private func ignoreCache(in path: String) throws(RunError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            try AtomicFile.write(Self.ignoredFolder + "\n", to: path)
            return "created .gitignore (\(Self.ignoredFolder))"
        }
        let text = String(decoding: data, as: UTF8.self)
        let listed = text.split(whereSeparator: \.isNewline).contains { line in
            ["/" + Self.ignoredFolder, Self.ignoredFolder, String(Self.ignoredFolder.dropLast())].contains(ValueText.trim(line))
        }
        if listed { return ".gitignore already lists \(Self.ignoredFolder)" }
        let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
        try AtomicFile.write(text + separator + Self.ignoredFolder + "\n", to: path)
        return "added \(Self.ignoredFolder) to .gitignore"
    }
}
