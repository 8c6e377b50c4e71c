import Mustache

/// `okrlint report --format html`: renders the report model through the
/// default Mustache template (or a user's) into self-contained pages.
///
/// Templates get the report model (see `ReportDocument`) plus `page`:
/// `title` (the page's title), `is_index` (true on a folder's index when it
/// lists several plans), `index_href` (on a plan page of such a folder: the
/// link back to the index) and `toc` (true when one page holds several plans).
public struct HTMLReportRenderer: Sendable {
    /// A user's page and the partials as swift-mustache templates; nil with the default page.
    private let userLibrary: MustacheLibrary?
    /// With the default page: the page and partials compiled (`CompiledTemplate`).
    private let compiled: CompiledTemplateSet?

    /// With the default page, or `template` (Mustache text, read from `templateName`) in its place.
    public init(template: String? = nil, templateName: String = "the default template") throws(RunError) {
        guard let template else {
            userLibrary = nil
            compiled = Self.builtIn
            return
        }
        userLibrary = try Self.library(page: template, named: templateName)
        compiled = nil
    }

    /// `page` and the built-in partials as swift-mustache templates.
    private static func library(page: String, named name: String) throws(RunError) -> MustacheLibrary {
        HTMLEscaper.register()
        var library = MustacheLibrary()
        do {
            for (name, text) in HTMLReportTemplate.partials {
                try library.register(text, named: name)
            }
        } catch {
            fatalError("the built-in report partials must parse: \(error)")
        }
        do {
            try library.register(page, named: pageName)
        } catch let error as MustacheTemplate.ParserError {
            throw RunError("\(name):\(error.context.lineNumber):\(error.context.columnNumber): not a valid Mustache template (\(error.error))")
        } catch {
            throw RunError("\(name): not a valid Mustache template (\(error))")
        }
        return library
    }

    /// The default page and its partials, compiled once.
    static let builtIn: CompiledTemplateSet = {
        do {
            return try CompiledTemplateSet(HTMLReportTemplate.partials.merging([pageName: HTMLReportTemplate.page]) { $1 })
        } catch {
            fatalError("the built-in report templates must compile: \(error)")
        }
    }()

    /// The default page as swift-mustache templates, parsed only for a model
    /// the compiled renderer declines.
    static let defaultLibrary: MustacheLibrary = {
        do {
            return try library(page: HTMLReportTemplate.page, named: "the default template")
        } catch {
            fatalError("the built-in report page must parse: \(error)")
        }
    }()

    /// One page with every plan in full, and a table of contents when there are several.
    public func page(_ document: JSONValue) -> String {
        pagePieces(document).text
    }

    /// The same page as UTF-8 pieces to write in order, without joining them first.
    public func pagePieces(_ document: JSONValue) -> HTMLPieces {
        let page: [(String, JSONValue)] = [
            ("title", .string(Self.siteTitle(document))), ("is_index", .bool(false)), ("toc", .bool(document.items("plans").count > 1)),
        ]
        return render(document, page: page)
    }

    /// The pages of a folder by file name: `index.html`; with several plans it
    /// lists them, each plan gets its own page (`SLUG.html`) and every plan page
    /// links back. Pages are rendered on all cores.
    public func site(_ document: JSONValue) -> [(name: String, html: HTMLPieces)] {
        ParallelMap.map(sitePages(document)) { page in (page.name, page.render()) }
    }

    /// The same pages, each rendered only when asked, so that a folder can
    /// write each page as soon as it is rendered.
    public func sitePages(_ document: JSONValue) -> [SitePage] {
        let plans = document.items("plans")
        guard plans.count > 1, case .object(let members) = document else {
            return [SitePage(name: "index.html") { pagePieces(document) }]
        }
        let shared = members.filter { $0.0 != "plans" && $0.0 != "findings" } + [("findings", .array([]))]
        let index = SitePage(name: "index.html") {
            render(document, page: [("title", .string(Self.siteTitle(document))), ("is_index", .bool(true))])
        }
        return [index] + plans.map { plan in
            SitePage(name: (plan.string("slug") ?? "plan") + ".html") {
                let page: [(String, JSONValue)] = [
                    ("title", .string(Self.planTitle(plan, week: document.string("week")))), ("is_index", .bool(false)),
                    ("index_href", .string("index.html")),
                ]
                return render(.object(shared + [("plans", .array([plan]))]), page: page)
            }
        }
    }

    static let pageName = "okrlint-page"

    /// The page for `document` with `page` (see the type's documentation)
    /// added to it. The compiled default page renders each plan's article
    /// on its own core.
    private func render(_ document: JSONValue, page: [(String, JSONValue)]) -> HTMLPieces {
        let data = Self.templateData(document, page: page)
        if let pieces = compiled?.render(Self.pageName, context: [data], inParallel: "okrlint-plan") { return HTMLPieces(pieces: pieces) }
        let library = userLibrary ?? Self.defaultLibrary
        return HTMLPieces(pieces: [Array((library.render(MustacheData.value(data), withTemplate: Self.pageName) ?? "").utf8)])
    }

    /// What templates are given: the report model with `page` added.
    static func templateData(_ document: JSONValue, page: [(String, JSONValue)]) -> JSONValue {
        guard case .object(let members) = document else { return document }
        return .object(members + [("page", .object(page))])
    }

    /// "Goals status, 2026-W44", or the plan's title when there is only one plan.
    private static func siteTitle(_ document: JSONValue) -> String {
        let plans = document.items("plans")
        if plans.count == 1 { return planTitle(plans[0], week: document.string("week")) }
        return "Goals status, \(document.string("week") ?? "")"
    }

    /// "Customer Operations — Q4 2026, 2026-W44".
    private static func planTitle(_ plan: JSONValue, week: String?) -> String {
        "\(plan.string("title") ?? plan.string("id") ?? "Plan"), \(week ?? "")"
    }
}

/// A rendered page as UTF-8 pieces in order: a page of many plans is
/// rendered on several cores, and written piece by piece, never joined.
public struct HTMLPieces: Sendable {
    public let pieces: [[UInt8]]

    /// The whole page as text.
    public var text: String {
        String(decoding: pieces.joined(), as: UTF8.self)
    }
}

/// One page of a report folder: its file name, and how to render it.
public struct SitePage: Sendable {
    public let name: String
    public let render: @Sendable () -> HTMLPieces
}
