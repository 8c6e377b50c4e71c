/// Where a key result stands against the progress expected by the as-of date.
public enum ProgressStatus: String, Sendable, CaseIterable {
    case onTrack = "on track"
    case atRisk = "at risk"
    case offTrack = "off track"

    /// Differences smaller than this are rounding noise of the day arithmetic,
    /// so a progress exactly on a margin (0.25 against 0.5 − 0.25) counts as within it.
    private static let tolerance = 1e-9

    /// On track when `progress ≥ expected − margins.onTrack`, at risk when
    /// `progress ≥ expected − margins.atRisk`, else off track.
    public init(progress: Double, expected: Double, margins: ProgressMargins) {
        let shortfall = expected - progress
        if shortfall <= margins.onTrack + Self.tolerance {
            self = .onTrack
        } else if shortfall <= margins.atRisk + Self.tolerance {
            self = .atRisk
        } else {
            self = .offTrack
        }
    }
}
