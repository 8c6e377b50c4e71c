/// The version of okrlint, printed by `--version` and named in SARIF output.
public enum OKRLintVersion {
    public static let current = "0.1.0"
    /// Where users read about the tool (SARIF `informationUri`).
    public static let informationURI = "https://okrlint.dev"
}
