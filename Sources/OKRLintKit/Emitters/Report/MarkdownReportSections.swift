/// The pieces of the Markdown report, each read from the report model.
enum MarkdownReportSections {
    /// The title line and the totals across all plans.
    static func header(_ document: JSONValue) -> String {
        let summary = document["summary"] ?? .null
        let week = document.string("week") ?? ""
        let asOf = document.string("as_of") ?? ""
        var lines = ["## Goals status · \(week) (as of \(asOf))", ""]
        lines.append([
            "**\(summary.count("plans")) plan\(summary.count("plans") == 1 ? "" : "s")**",
            "\(emoji("on-track")) \(summary.count("on_track")) on track",
            "\(emoji("at-risk")) \(summary.count("at_risk")) at risk",
            "\(emoji("off-track")) \(summary.count("off_track")) off track",
            "\(summary.count("kpis_out_of_range")) of \(summary.count("kpis")) KPIs out of range",
            "\(summary.count("milestones_overdue")) milestone\(summary.count("milestones_overdue") == 1 ? "" : "s") overdue",
            "findings: " + findingCount(summary["findings"] ?? .null),
        ].joined(separator: " · "))
        let unplanned = document.items("findings").count
        if unplanned > 0 {
            lines.append("")
            lines.append("\(unplanned) finding\(unplanned == 1 ? "" : "s") in files that hold no plan: run `okrlint lint` to see them.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One plan: its objectives and key results, KPIs out of range, milestones
    /// overdue or due this week, and its findings count.
    static func plan(_ plan: JSONValue) -> String {
        var lines = ["", "### \(MarkdownText.escape(name(plan)))", ""]
        let facts = [plan.string("team"), plan.string("period", "label"), plan.string("owner").map { "owner \($0)" }]
            .compactMap { $0 }.map(MarkdownText.escape) + ["`\(plan.string("file") ?? "")`"]
        lines.append(facts.joined(separator: " · "))
        lines += objectives(plan)
        lines += kpisOutOfRange(plan)
        lines += milestonesThisWeek(plan)
        lines.append("")
        lines.append("**Findings:** " + findingCount(plan["counts"]?["findings"] ?? .null))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The plan's title, else its id.
    static func name(_ plan: JSONValue) -> String {
        plan.string("title") ?? plan.string("id") ?? "plan"
    }

    private static func objectives(_ plan: JSONValue) -> [String] {
        let rows = plan.items("objectives").flatMap { objective -> [[String]] in
            let head = [
                "**\(MarkdownText.escape(objective.string("title") ?? "untitled objective"))**",
                "**\(objective.string("score", "text") ?? "–")**", status(objective), "",
            ]
            return [head] + objective.items("key_results").map { keyResult in
                let expected = keyResult.string("expected", "text").map { " (expected \($0))" } ?? ""
                return [
                    "↳ " + MarkdownText.escape(keyResult.string("title") ?? "untitled key result"),
                    (keyResult.string("progress", "text") ?? "–") + expected, status(keyResult),
                    MarkdownText.escape(keyResult.string("confidence", "text") ?? ""),
                ]
            }
        }
        return table(nil, columns: ["Objective / key result", "Score", "Status", "Confidence"], rows: rows)
    }

    private static func kpisOutOfRange(_ plan: JSONValue) -> [String] {
        let kpis = plan.items("kpis").filter { ["out-of-range", "triggered"].contains($0.string("status") ?? "") }
        return table("KPIs out of range", columns: ["KPI", "Latest", "Healthy", "Trigger", "Status"], rows: kpis.map { kpi in
            let latest = kpi["latest"].map { "\($0.string("text") ?? "") on \($0.string("date") ?? "")" } ?? "–"
            return [
                MarkdownText.escape(kpi.string("title") ?? "untitled KPI"), MarkdownText.escape(latest),
                MarkdownText.escape(kpi.string("healthy", "text") ?? "–"), MarkdownText.escape(kpi.string("trigger", "text") ?? "–"),
                status(kpi),
            ]
        })
    }

    private static func milestonesThisWeek(_ plan: JSONValue) -> [String] {
        let milestones = plan.items("milestones").filter { ["overdue", "due-this-week"].contains($0.string("status") ?? "") }
        return table("Milestones overdue or due this week", columns: ["Milestone", "Due", "Owner", "Status"], rows: milestones.map { milestone in
            [
                MarkdownText.escape(milestone.string("title") ?? "untitled milestone"), milestone.string("due") ?? "–",
                MarkdownText.escape(milestone.string("owner") ?? "–"), status(milestone),
            ]
        })
    }

    /// A table under an optional bold title, or nothing when there are no rows.
    private static func table(_ title: String?, columns: [String], rows: [[String]]) -> [String] {
        guard !rows.isEmpty else { return [] }
        let heading = title.map { ["", "**\($0)**"] } ?? []
        return heading + ["", row(columns), row(columns.map { _ in "---" })] + rows.map(row)
    }

    /// "2 errors, 3 warnings, 1 info", or "no findings".
    private static func findingCount(_ counts: JSONValue) -> String {
        guard counts.count("total") > 0 else { return "no findings" }
        let parts = [("error", counts.count("errors")), ("warning", counts.count("warnings")), ("info", counts.count("infos"))]
        return parts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)\($0.1 == 1 ? "" : "s")" }.joined(separator: ", ")
    }

    /// "🟢 on track": the emoji and the words, never the emoji alone.
    private static func status(_ item: JSONValue) -> String {
        "\(emoji(item.string("status") ?? "")) \(item.string("status_label") ?? "")"
    }

    private static func emoji(_ status: String) -> String {
        switch status {
        case "on-track", "in-range": return "🟢"
        case "at-risk", "out-of-range", "due-this-week": return "🟡"
        case "off-track", "triggered", "overdue": return "🔴"
        case "done": return "✅"
        case "blocked": return "⛔"
        default: return "⚪"
        }
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }
}
