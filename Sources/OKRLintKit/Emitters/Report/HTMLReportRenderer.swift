import Mustache

/// `okrlint report --format html`: renders the report model through the
/// default Mustache template (or a user's) into self-contained pages.
///
/// Templates get the report model (see `ReportDocument`) plus `page`:
/// `title` (the page's title), `is_index` (true on a folder's index when it
/// lists several plans), `index_href` (on a plan page of such a folder: the
/// link back to the index) and `toc` (true when one page holds several plans).
public struct HTMLReportRenderer: Sendable {
    private let library: MustacheLibrary

    /// With the default page, or `template` (Mustache text, read from `templateName`) in its place.
    public init(template: String? = nil, templateName: String = "the default template") throws(RunError) {
        var library = MustacheLibrary()
        do {
            for (name, text) in HTMLReportTemplate.partials {
                try library.register(text, named: name)
            }
        } catch {
            fatalError("the built-in report partials must parse: \(error)")
        }
        do {
            try library.register(template ?? HTMLReportTemplate.page, named: Self.pageName)
        } catch let error as MustacheTemplate.ParserError {
            throw RunError("\(templateName):\(error.context.lineNumber):\(error.context.columnNumber): not a valid Mustache template (\(error.error))")
        } catch {
            throw RunError("\(templateName): not a valid Mustache template (\(error))")
        }
        self.library = library
    }

    /// One page with every plan in full, and a table of contents when there are several.
    public func page(_ document: JSONValue) -> String {
        let data = Self.data(document)
        let plans = data["plans"] as? [Any] ?? []
        return render(data, page: ["title": Self.siteTitle(data), "is_index": false, "toc": plans.count > 1])
    }

    /// The pages of a folder by file name: `index.html`; with several plans it
    /// lists them, each plan gets its own page (`SLUG.html`) and every plan page links back.
    public func site(_ document: JSONValue) -> [(name: String, html: String)] {
        var data = Self.data(document)
        let plans = data["plans"] as? [Any] ?? []
        guard plans.count > 1 else { return [("index.html", page(document))] }
        var pages = [("index.html", render(data, page: ["title": Self.siteTitle(data), "is_index": true]))]
        data["findings"] = [Any]()
        for case let plan as [String: Any] in plans {
            data["plans"] = [plan]
            let slug = plan["slug"] as? String ?? "plan"
            let title = Self.planTitle(plan, week: data["week"])
            pages.append((slug + ".html", render(data, page: ["title": title, "is_index": false, "index_href": "index.html"])))
        }
        return pages
    }

    private static let pageName = "okrlint-page"

    private func render(_ data: [String: Any], page: [String: Any]) -> String {
        var data = data
        data["page"] = page
        return library.render(data, withTemplate: Self.pageName) ?? ""
    }

    private static func data(_ document: JSONValue) -> [String: Any] {
        MustacheData.value(document) as? [String: Any] ?? [:]
    }

    /// "Goals status, 2026-W44", or the plan's title when there is only one plan.
    private static func siteTitle(_ data: [String: Any]) -> String {
        let plans = data["plans"] as? [Any] ?? []
        if plans.count == 1, let plan = plans.first as? [String: Any] { return planTitle(plan, week: data["week"]) }
        return "Goals status, \(data["week"] as? String ?? "")"
    }

    /// "Customer Operations — Q4 2026, 2026-W44".
    private static func planTitle(_ plan: [String: Any], week: Any?) -> String {
        let title = (plan["title"] as? String) ?? (plan["id"] as? String) ?? "Plan"
        return "\(title), \(week as? String ?? "")"
    }
}
