/// The objectives of a plan in the JSON report: each with its score and
/// status, and its key results with progress, expected progress, status,
/// confidence, interim targets and check-ins (SPEC §5).
struct ReportKeyResults {
    let model: ProgressModel

    func objective(_ objective: Objective) -> JSONValue {
        let score = model.score(of: objective)
        let keyResults = zip(objective.keyResults, score.keyResults).map { keyResult($0, progress: $1) }
        let status = ReportStatus.objective(score.keyResults.compactMap(\.status))
        return .object([
            ("id", ReportValues.text(objective.id)), ("title", ReportValues.text(objective.title)),
            ("owner", ReportValues.text(objective.owner)), ("why", ReportValues.text(objective.why)),
            ("aligns_to", ReportValues.references(objective.alignsTo)),
            ("score", ReportValues.fraction(score.score)),
        ] + status.members + [("key_results", .array(keyResults))])
    }

    private func keyResult(_ keyResult: KeyResult, progress: KeyResultProgress) -> JSONValue {
        let metric: MetricProgress? = if case .metric(let metric) = progress { metric } else { nil }
        let checkins: [JSONValue] = keyResult.checkins.measured.map { checkin in
            .object(ReportValues.measurement(checkin) + [
                ("confidence", Self.confidence(checkin.entry.confidence?.value)),
                ("note", ReportValues.text(checkin.entry.note)),
                ("counted", .bool(checkin.date <= model.asOf)),
            ])
        }
        return .object([
            ("id", ReportValues.text(keyResult.id)), ("title", ReportValues.text(keyResult.title)),
            ("type", .string(keyResult.effectiveType.rawValue)), ("owner", ReportValues.text(keyResult.owner)),
            ("evidence", ReportLink.json(keyResult.evidence)), ("why", ReportValues.text(keyResult.why)),
            ("tags", .array(keyResult.tags.map { .string($0.value) })),
            ("confidence", Self.confidence(keyResult.confidence?.value)),
            ("weight", keyResult.weight.map { .number($0.value) } ?? .null),
            ("kpi", keyResult.kpi.map { .string($0.value.raw) } ?? .null),
            ("unit", ReportValues.text(keyResult.unit)),
            ("baseline", Self.baseline(declared: keyResult.baseline?.value, metric: metric)),
            ("target", ReportValues.quantity(keyResult.target?.value)),
            ("current", metric.map { .object(ReportValues.measurement($0.current)) } ?? .null),
            ("due", ReportValues.date(keyResult.due?.value)), ("done", ReportValues.date(keyResult.done?.value)),
            ("progress", ReportValues.fraction(progress.progress)),
            ("expected", metric?.expected.map(Self.expected) ?? .null),
        ] + ReportStatus.keyResult(progress).members + [
            ("path", .array(keyResult.path.measured.map { Self.pathTarget($0, metric: metric) })),
            ("checkins", .array(checkins)),
        ])
    }

    /// `{"value": 0.7, "text": "0.7"}`; the text is the word when one was written (`high`).
    private static func confidence(_ confidence: Confidence?) -> JSONValue {
        guard let confidence else { return .null }
        return .object([("value", .number(confidence.value)), ("text", .string(confidence.description))])
    }

    /// The baseline progress is measured from: the declared one, else the first check-in's value.
    private static func baseline(declared: Quantity?, metric: MetricProgress?) -> JSONValue {
        if let declared {
            return .object([("value", .number(declared.value)), ("text", .string(declared.text)), ("source", .string("declared"))])
        }
        guard let metric else { return .null }
        return .object([
            ("value", .number(metric.baseline)), ("text", .string(ValueText.number(metric.baseline))),
            ("source", .string("first-check-in")),
        ])
    }

    private static func expected(_ expected: ExpectedProgress) -> JSONValue {
        .object([
            ("fraction", ReportValues.rounded(expected.fraction)),
            ("percent", ReportValues.rounded(min(max(expected.fraction, 0), 1) * 100, places: 1)),
            ("text", .string(ProgressFraction.format(expected.fraction))),
            ("value", ReportValues.rounded(expected.value)), ("follows_path", .bool(expected.followsPath)),
        ])
    }

    /// An interim target, placed on the progress bar (`percent` of the way from
    /// baseline to target, clamped) when the key result has progress.
    private static func pathTarget(_ target: Measured<DatedValue>, metric: MetricProgress?) -> JSONValue {
        let share = metric.map { min(max((target.value.value - $0.baseline) / ($0.target - $0.baseline), 0), 1) }
        return .object(ReportValues.measurement(target) + [
            ("percent", share.map { ReportValues.rounded($0 * 100, places: 1) } ?? .null),
        ])
    }
}
