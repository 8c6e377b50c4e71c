import OKRLintKit
import Testing

/// On track when progress ≥ expected − 0.10, at risk when ≥ expected − 0.25, else off track.
@Suite struct ProgressStatusTests {
    @Test(arguments: [
        // progress, expected, status with the standard margins
        (0.60, 0.50, ProgressStatus.onTrack),  // ahead
        (0.40, 0.50, .onTrack),                // 0.50 − 0.40 = 0.10: exactly the on-track margin
        (0.39, 0.50, .atRisk),                 // 0.11 short
        (0.25, 0.50, .atRisk),                 // 0.25 short: exactly the at-risk margin
        (0.24, 0.50, .offTrack),               // 0.26 short
        (-0.04, 0.35, .offTrack),              // gone backwards: 0.39 short
    ])
    func standardMargins(progress: Double, expected: Double, status: ProgressStatus) {
        #expect(ProgressStatus(progress: progress, expected: expected, margins: .standard) == status)
    }

    @Test func marginsAreConfigurable() {
        let tight = ProgressMargins(onTrack: 0.05, atRisk: 0.15)
        // 0.50 − 0.44 = 0.06 > 0.05 → at risk; 0.50 − 0.34 = 0.16 > 0.15 → off track
        #expect(ProgressStatus(progress: 0.44, expected: 0.50, margins: tight) == .atRisk)
        #expect(ProgressStatus(progress: 0.34, expected: 0.50, margins: tight) == .offTrack)
        #expect(ProgressStatus(progress: 0.34, expected: 0.50, margins: .standard) == .atRisk)
    }
}
