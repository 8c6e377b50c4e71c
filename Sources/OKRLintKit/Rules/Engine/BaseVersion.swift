/// The version of a linted file at the git base revision (`--diff-base`), for
/// history rules such as `milestone/silent-move`.
public struct BaseVersion: Sendable {
    /// The revision as the user named it (e.g. `origin/main`, `HEAD`), for messages.
    public let revision: String
    /// The plan compiled from the file's text at that revision.
    public let plan: Plan

    public init(revision: String, plan: Plan) {
        self.revision = revision
        self.plan = plan
    }
}
