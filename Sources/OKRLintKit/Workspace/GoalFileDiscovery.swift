import Foundation

/// Finds the goal files to lint: paths given explicitly are taken whatever
/// their extension; folders are searched recursively for `*.okr.yaml`,
/// `*.okr.yml` and `*.okr.md`, skipping hidden folders and not following symbolic links to
/// folders (so a link loop cannot trap the search).
public enum GoalFileDiscovery {
    /// File name endings of goal files found in folders.
    public static let goalFileSuffixes = [".okr.yaml", ".okr.yml", ".okr.md"]
    private static let goalFileSuffixBytes = goalFileSuffixes.map { Array($0.utf8) }

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
        try goalFilesWithStamps(under: folder, display: display).map(\.path)
    }

    /// The goal files under `folder` (hidden folders skipped, links to files
    /// followed, links to folders not), sorted, each with the size and time
    /// stamp the walk read: the index cache needs no second `stat` per file.
    /// Entries are read with `readdir` and looked up relative to their folder.
    static func goalFilesWithStamps(
        under folder: String, display: (String) -> String
    ) throws(RunError) -> [(path: String, stamp: IndexCache.Stamp)] {
        var result: [(path: String, stamp: IndexCache.Stamp)] = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard let directory = opendir(current) else {
                throw RunError("\(display(current)): the folder cannot be read (permission denied?)")
            }
            defer { closedir(directory) }
            let folderPrefix = current.hasSuffix("/") ? current : current + "/"
            while let entry = readdir(directory) {
                // The name is tested on its bytes, before any string is made of it.
                let (isHidden, isGoalFile) = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    let name = UnsafeRawBufferPointer(rebasing: bytes[..<(bytes.firstIndex(of: 0) ?? bytes.count)])
                    return (name.first == UInt8(ascii: "."), goalFileSuffixBytes.contains { name.reversed().starts(with: $0.reversed()) })
                }
                guard !isHidden else { continue }
                if entry.pointee.d_type == UInt8(DT_REG), !isGoalFile { continue }
                // A name that is not UTF-8 cannot be shown or reopened by its path: skipped.
                var info = stat()
                guard let name = withUnsafeBytes(of: entry.pointee.d_name, { bytes in
                    String(validatingCString: bytes.bindMemory(to: CChar.self).baseAddress!)
                }), fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                let path = folderPrefix + name
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    pending.append(path)
                case S_IFREG where isGoalFile:
                    result.append((path, IndexCache.Stamp(info)))
                case S_IFLNK where isGoalFile:
                    guard fstatat(dirfd(directory), name, &info, 0) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
                    result.append((path, IndexCache.Stamp(info)))
                default:
                    break
                }
            }
        }
        return result.sorted { $0.path < $1.path }
    }
}
