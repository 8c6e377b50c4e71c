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
    /// With the default page: the same templates with each plan's article
    /// replaced by a placeholder, for rendering a page of many plans on all cores.
    private let frameLibrary: MustacheLibrary?

    /// With the default page, or `template` (Mustache text, read from `templateName`) in its place.
    public init(template: String? = nil, templateName: String = "the default template") throws(RunError) {
        HTMLEscaper.register()
        var library = Self.partialsLibrary()
        do {
            try library.register(template ?? HTMLReportTemplate.page, named: Self.pageName)
        } catch let error as MustacheTemplate.ParserError {
            throw RunError("\(templateName):\(error.context.lineNumber):\(error.context.columnNumber): not a valid Mustache template (\(error.error))")
        } catch {
            throw RunError("\(templateName): not a valid Mustache template (\(error))")
        }
        self.library = library
        frameLibrary = template == nil ? Self.frameLibrary() : nil
    }

    /// The built-in partials, `overrides` standing in for some of them.
    private static func partialsLibrary(overriding overrides: [String: String] = [:]) -> MustacheLibrary {
        var library = MustacheLibrary()
        do {
            for (name, text) in HTMLReportTemplate.partials {
                try library.register(overrides[name] ?? text, named: name)
            }
        } catch {
            fatalError("the built-in report partials must parse: \(error)")
        }
        return library
    }

    /// The default page with a placeholder for each plan's article.
    private static func frameLibrary() -> MustacheLibrary {
        var library = partialsLibrary(overriding: [planPartial: placeholder])
        do {
            try library.register(HTMLReportTemplate.page, named: pageName)
        } catch {
            fatalError("the built-in report page must parse: \(error)")
        }
        return library
    }

    /// One page with every plan in full, and a table of contents when there are several.
    public func page(_ document: JSONValue) -> String {
        let data = Self.data(document)
        let plans = data["plans"] as? [Any] ?? []
        let page: [String: Any] = ["title": Self.siteTitle(data), "is_index": false, "toc": plans.count > 1]
        return renderInParallel(data, page: page, plans: plans) ?? render(data, page: page)
    }

    /// The default page of several plans, rendered on all cores: the page
    /// with a placeholder for each plan's article, then every article on its
    /// own (with the page's data behind the plan's, as inside `{{#plans}}`),
    /// spliced in. The placeholder is an HTML comment, which escaped goal-file
    /// text cannot contain; nil (render it whole) for a user's template.
    private func renderInParallel(_ data: [String: Any], page: [String: Any], plans: [Any]) -> String? {
        guard let frameLibrary, plans.count > 1 else { return nil }
        var data = data
        data["page"] = page
        let frame = (frameLibrary.render(data, withTemplate: Self.pageName) ?? "").components(separatedBy: Self.placeholder)
        guard frame.count == plans.count + 1 else { return nil }
        let context = SharedContext(page: data, plans: plans)
        let articles = ParallelMap.map(Array(plans.indices)) { index in
            library.render(context.layers(forPlan: index), withTemplate: Self.planPartial) ?? ""
        }
        var html = frame[0]
        for (article, rest) in zip(articles, frame.dropFirst()) {
            html += article
            html += rest
        }
        return html
    }

    /// The pages of a folder by file name: `index.html`; with several plans it
    /// lists them, each plan gets its own page (`SLUG.html`) and every plan page
    /// links back. Pages are rendered on all cores.
    public func site(_ document: JSONValue) -> [(name: String, html: String)] {
        let plans = document.items("plans")
        guard plans.count > 1, case .object(let members) = document else { return [("index.html", page(document))] }
        let shared = JSONValue.object(members.filter { $0.0 != "plans" && $0.0 != "findings" } + [("findings", .array([]))])
        let pages: [JSONValue?] = [nil] + plans.map { $0 }
        return ParallelMap.map(pages) { plan -> (name: String, html: String) in
            guard let plan else {
                let data = Self.data(document)
                return ("index.html", render(data, page: ["title": Self.siteTitle(data), "is_index": true]))
            }
            var data = Self.data(shared)
            let converted = MustacheData.value(plan)
            data["plans"] = [converted]
            let title = Self.planTitle((converted as? MustacheData.Object)?.members ?? [:], week: data["week"])
            return ((plan.string("slug") ?? "plan") + ".html", render(data, page: ["title": title, "is_index": false, "index_href": "index.html"]))
        }
    }

    private static let pageName = "okrlint-page"
    private static let planPartial = "okrlint-plan"
    private static let placeholder = "<!-- okrlint: plan article -->\n"

    private func render(_ data: [String: Any], page: [String: Any]) -> String {
        var data = data
        data["page"] = page
        return library.render(data, withTemplate: Self.pageName) ?? ""
    }

    private static func data(_ document: JSONValue) -> [String: Any] {
        (MustacheData.value(document) as? MustacheData.Object)?.members ?? [:]
    }

    /// "Goals status, 2026-W44", or the plan's title when there is only one plan.
    private static func siteTitle(_ data: [String: Any]) -> String {
        let plans = data["plans"] as? [Any] ?? []
        if plans.count == 1, let plan = (plans.first as? MustacheData.Object)?.members { return planTitle(plan, week: data["week"]) }
        return "Goals status, \(MustacheData.string(data["week"]) ?? "")"
    }

    /// "Customer Operations — Q4 2026, 2026-W44".
    private static func planTitle(_ plan: [String: Any], week: Any?) -> String {
        let title = MustacheData.string(plan["title"]) ?? MustacheData.string(plan["id"]) ?? "Plan"
        return "\(title), \(MustacheData.string(week) ?? "")"
    }
}

/// The page's template data shared by the workers rendering its plans. The
/// converted data is never changed once built, so reading it from several
/// threads is safe.
private struct SharedContext: @unchecked Sendable {
    let page: [String: Any]
    let plans: [Any]

    /// The Mustache context of one plan's article: the plan, then the page.
    func layers(forPlan index: Int) -> PlanContext {
        PlanContext(plan: (plans[index] as? MustacheData.Object)?.members ?? [:], page: page)
    }
}

/// A plan's members in front of the page's, as the context stack inside
/// `{{#plans}}` has them: a name the plan has (even as null) is the plan's.
private struct PlanContext: MustacheParent {
    let plan: [String: Any]
    let page: [String: Any]

    func child(named name: String) -> Any? {
        plan[name] ?? page[name]
    }
}
