import Foundation

/// Writes the pages of an HTML report folder: creates the folder, then
/// writes every page atomically, on all cores.
public enum ReportFolder {
    public static func write(_ pages: [(name: String, html: HTMLPieces)], to folder: String) throws(RunError) {
        try OutputFolder.create(folder, shownAs: folder)
        let files = pages.map { (path: (folder as NSString).appendingPathComponent($0.name), html: $0.html) }
        _ = try ParallelMap.map(files) { (file: (path: String, html: HTMLPieces)) throws(RunError) in
            try AtomicFile.write(pieces: file.html.pieces, to: file.path)
        }
    }
}
