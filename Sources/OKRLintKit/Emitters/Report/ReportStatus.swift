import Foundation

/// A status in the report: a stable id for templates and tools (`on-track`)
/// and the words people read (`on track`). Colour is for templates to add;
/// the words always come with it.
struct ReportStatus: Equatable {
    let id: String
    let label: String

    /// `status` and `status_label` members of a report object.
    var members: [(String, JSONValue)] {
        [("status", .string(id)), ("status_label", .string(label))]
    }

    static let onTrack = ReportStatus(id: "on-track", label: "on track")
    static let atRisk = ReportStatus(id: "at-risk", label: "at risk")
    static let offTrack = ReportStatus(id: "off-track", label: "off track")

    init(id: String, label: String) {
        self.id = id
        self.label = label
    }

    init(_ status: ProgressStatus) {
        switch status {
        case .onTrack: self = .onTrack
        case .atRisk: self = .atRisk
        case .offTrack: self = .offTrack
        }
    }

    /// A key result's status; without one, why not (no data, not measurable,
    /// or no period to expect progress against).
    static func keyResult(_ progress: KeyResultProgress) -> ReportStatus {
        if let status = progress.status { return ReportStatus(status) }
        switch progress {
        case .noData: return ReportStatus(id: "no-data", label: "no data")
        case .notMeasurable: return ReportStatus(id: "not-measurable", label: "not measurable")
        case .metric, .milestone: return ReportStatus(id: "no-period", label: "no period")
        }
    }

    /// An objective's status: the worst of its key results' statuses (one key
    /// result off track puts the objective off track), or no data.
    static func objective(_ statuses: [ProgressStatus]) -> ReportStatus {
        if statuses.contains(.offTrack) { return .offTrack }
        if statuses.contains(.atRisk) { return .atRisk }
        return statuses.isEmpty ? ReportStatus(id: "no-data", label: "no data") : .onTrack
    }

    /// A KPI's status (`in-range`, `out-of-range`, `triggered`, `no-data`, `no-range`).
    init(_ status: KPIStatus) {
        self.init(id: String(status.rawValue.map { $0 == " " ? "-" : $0 }), label: status.rawValue)
    }
}
