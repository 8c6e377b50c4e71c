/// An objective's score (SPEC §5): the mean of its key results' progress,
/// weighted by their optional `weight` (1 when not given). Key results
/// without data are left out. The mean is taken over the raw progress;
/// `score.display` clamps it to 0...1 for the 0.0–1.0 scale.
public struct ObjectiveScore: Sendable {
    /// Each key result's progress, in file order.
    public let keyResults: [KeyResultProgress]
    /// nil when no key result has data, or all weights of those that do are zero.
    public let score: ProgressFraction?

    /// The weighted mean of the key results that have progress.
    public init(weighted keyResults: [(progress: KeyResultProgress, weight: Double)]) {
        self.keyResults = keyResults.map(\.progress)
        let counted = keyResults.compactMap { entry in entry.progress.progress.map { ($0.raw, entry.weight) } }
        let totalWeight = counted.reduce(0) { $0 + $1.1 }
        guard totalWeight > 0 else {
            score = nil
            return
        }
        score = ProgressFraction(raw: counted.reduce(0) { $0 + $1.0 * $1.1 } / totalWeight)
    }
}
