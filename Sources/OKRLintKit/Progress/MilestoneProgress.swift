/// Where a milestone key result stands at the as-of date (SPEC §5): progress
/// 1 once done, else 0; on track until its due date, off track after it.
public struct MilestoneProgress: Sendable, Equatable {
    public let due: CalendarDate?
    /// The `done` date, when it lies on or before the as-of date (a later one
    /// is not known yet).
    public let doneOn: CalendarDate?
    public let status: ProgressStatus

    public init(of keyResult: KeyResult, asOf: CalendarDate) {
        due = keyResult.due?.value
        doneOn = keyResult.done.map(\.value).flatMap { $0 <= asOf ? $0 : nil }
        let late = doneOn == nil && due.map { $0 < asOf } == true
        status = late ? .offTrack : .onTrack
    }

    public var isDone: Bool { doneOn != nil }

    public var progress: ProgressFraction { ProgressFraction(raw: isDone ? 1 : 0) }
}
