/// The git revision that history rules compare with (`--diff-base`, SPEC §4).
public struct DiffBase: Sendable, Equatable {
    /// The revision as the user named it, e.g. `origin/main` or `HEAD`.
    public let revision: String
    /// Whether the user named it: a named revision that git cannot resolve
    /// fails the run (exit 2), while the pre-commit default `HEAD` of a
    /// repository without commits only leaves nothing to compare with.
    public let isExplicit: Bool

    /// `--diff-base REV` when given, else `HEAD` when pre-commit runs the hook
    /// (`PRE_COMMIT=1` in the environment), else none.
    public static func choose(option: String?, environment: [String: String]) -> DiffBase? {
        if let option { return DiffBase(revision: option, isExplicit: true) }
        return environment["PRE_COMMIT"] == "1" ? DiffBase(revision: "HEAD", isExplicit: false) : nil
    }
}
