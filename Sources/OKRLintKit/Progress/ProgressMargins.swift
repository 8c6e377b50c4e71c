/// How far progress may fall behind the expected progress before a key result
/// is at risk, and before it is off track (SPEC §5; options of `kr/off-track`).
public struct ProgressMargins: Sendable, Equatable {
    /// Progress at least `expected - onTrack` is on track.
    public var onTrack: Double
    /// Progress at least `expected - atRisk` (and below on track) is at risk; below, off track.
    public var atRisk: Double

    public init(onTrack: Double, atRisk: Double) {
        self.onTrack = onTrack
        self.atRisk = atRisk
    }

    /// 0.10 and 0.25.
    public static let standard = ProgressMargins(onTrack: 0.10, atRisk: 0.25)
}
