import Foundation

/// Writes the pages of an HTML report folder: creates the folder, then
/// renders and writes every page atomically, on all cores (each page is
/// written as soon as it is rendered).
public enum ReportFolder {
    public static func write(_ pages: [SitePage], to folder: String) throws(RunError) {
        try OutputFolder.create(folder, shownAs: folder)
        _ = try ParallelMap.map(pages) { (page: SitePage) throws(RunError) in
            try AtomicFile.write(pieces: page.render().pieces, to: (folder as NSString).appendingPathComponent(page.name))
        }
    }
}
