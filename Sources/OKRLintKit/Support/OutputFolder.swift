import Foundation

/// Creates the folder an output goes into, with its missing parents; one
/// that cannot be created is a run error saying why, about the path as given.
enum OutputFolder {
    static func create(_ folder: String, shownAs shown: String) throws(RunError) {
        if FileManager.default.fileExists(atPath: folder) { return }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try create(parent, shownAs: shown) }
        guard mkdir(folder, 0o777) == 0 || errno == EEXIST else {
            throw OutputFailure.error(shown, failing: folder, code: errno, action: "cannot create the folder")
        }
    }
}
