import Foundation

/// Finds the goal files to lint: paths given explicitly are taken whatever
/// their extension; folders are searched recursively for `*.okr.yaml`,
/// `*.okr.yml` and `*.okr.md`, skipping hidden folders and not following symbolic links to
/// folders (so a link loop cannot trap the search).
public enum GoalFileDiscovery {
    /// File name endings of goal files found in folders.
    public static let goalFileSuffixes = [".okr.yaml", ".okr.yml", ".okr.md"]

    /// The goal files named by `paths` (absolute), in a stable order; `admits`
    /// says whether the configuration lets a file in (given the path and
    /// whether it was named explicitly).
    public static func files(
        for paths: [String], display: (String) -> String, admits: (String, Bool) -> Bool = { _, _ in true }
    ) throws(RunError) -> [String] {
        var result: [String] = []
        var seen = Set<String>()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw RunError("\(display(path)): no such file or folder")
            }
            let found: [String]
            if isDirectory.boolValue {
                found = try goalFiles(under: path, display: display).filter { admits($0, false) }
                if found.isEmpty {
                    throw RunError("\(display(path)): the folder holds no goal files (\(goalFileSuffixes.map { "*" + $0 }.joined(separator: ", ")))")
                }
            } else {
                found = namedFile(path, admits: admits)
            }
            for file in found where seen.insert(file).inserted { result.append(file) }
        }
        return result
    }

    /// A file named explicitly (or piped with `--stdin-filename`): linted
    /// whatever its extension, unless the configuration excludes it.
    public static func namedFile(
        _ path: String, admits: (String, Bool) -> Bool = { _, _ in true }
    ) -> [String] {
        admits(path, true) ? [path] : []
    }

    /// Every goal file below `folder`, sorted by path.
    public static func goalFiles(under folder: String, display: (String) -> String) throws(RunError) -> [String] {
        var result: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: current)
            } catch {
                throw RunError("\(display(current)): the folder cannot be read (permission denied?)")
            }
            for name in names where !name.hasPrefix(".") {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                switch entryKind(path) {
                case .folder: pending.append(path)
                case .file where goalFileSuffixes.contains(where: name.hasSuffix): result.append(path)
                default: break
                }
            }
        }
        return result.sorted()
    }

    private enum EntryKind { case file, folder, other }

    /// Folders are entered only when they are real folders, not links to them.
    private static func entryKind(_ path: String) -> EntryKind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .other }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        case S_IFLNK:
            var target = stat()
            guard stat(path, &target) == 0 else { return .other }
            return target.st_mode & S_IFMT == S_IFREG ? .file : .other
        default: return .other
        }
    }
}
