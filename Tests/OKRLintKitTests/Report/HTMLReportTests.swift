import Foundation
@testable import OKRLintKit
import Testing

/// The HTML status page's structure: every plan, objective, key result, KPI
/// and milestone of the report model is on the page, the pages of a folder
/// link both ways, and the page needs nothing from outside itself.
@Suite struct HTMLReportTests {
    @Test func everyItemOfEverySampleIsOnThePage() throws {
        let document = try ReportFixture.document(["Samples"])
        let html = try HTMLReportRenderer().page(document)
        for plan in document.items("plans") {
            #expect(html.contains(#"<article class="plan" id="plan-\#(plan.string("slug")!)""#))
            let keyResults = plan.items("objectives").flatMap { $0.items("key_results") }
            for item in plan.items("objectives") + keyResults + plan.items("kpis") + plan.items("milestones") {
                let title = try #require(item.string("title"))
                #expect(html.contains(HTMLEscaping.escape(title)), "missing: \(title)")
            }
            #expect(html.components(separatedBy: #"<svg class="bar""#).count > keyResults.count)
        }
    }

    @Test func pageIsSelfContained() throws {
        let html = try HTMLReportRenderer().page(try ReportFixture.document(["Samples"]))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains(#"src=""#))
        #expect(html.contains("<style>") && html.contains("@media (prefers-color-scheme: dark)") && html.contains("@media print"))
        #expect(html.contains(#"<nav class="toc""#), "several plans on one page get a table of contents")
    }

    @Test func folderHasAnIndexAndOnePagePerPlanLinkedBothWays() throws {
        let document = try ReportFixture.document(["Samples"])
        let pages = try HTMLReportRenderer().site(document)
        let slugs = document.items("plans").compactMap { $0.string("slug") }
        #expect(pages.map(\.name) == ["index.html"] + slugs.map { $0 + ".html" })
        let index = try #require(pages.first?.html.text)
        for slug in slugs {
            #expect(index.contains(#"<a href="\#(slug).html">"#))
        }
        for page in pages.dropFirst() {
            #expect(page.html.text.contains(#"<a href="index.html">"#))
            #expect(page.html.text.components(separatedBy: #"<article class="plan""#).count == 2, "\(page.name) holds one plan")
        }
    }

    @Test func oneplanFolderIsJustItsPage() throws {
        let document = try ReportFixture.document(["Samples/clean-team.okr.yaml"])
        let pages = try HTMLReportRenderer().site(document)
        #expect(pages.map(\.name) == ["index.html"])
        #expect(pages[0].html.text.contains("Customer Operations — Q4 2026"))
        #expect(!pages[0].html.text.contains(#"href="index.html""#))
    }

    @Test func sparklineTitleSaysWhenToAct() throws {
        let document = try ReportFixture.document(["Samples/clean-team.okr.yaml"])
        let html = try HTMLReportRenderer().page(document)
        let kpis = document.items("plans").flatMap { $0.items("kpis") }.filter { $0["trigger"] != .null && !$0.items("readings").isEmpty }
        #expect(!kpis.isEmpty)
        for kpi in kpis {
            let trigger = try #require(kpi.string("trigger", "text"))
            #expect(html.contains("; act when \(HTMLEscaping.escape(trigger))</title>"), "sparkline of \(kpi.string("title") ?? "")")
        }
        #expect(!html.contains("; act when </title>"))
    }

    @Test func countsSayWhatTheyCountInTheSingularToo() throws {
        let pages = try HTMLReportRenderer().site(try ReportFixture.document(["Samples"]))
        let index = try #require(pages.first?.html.text)
        #expect(index.contains("<strong>1</strong> milestone overdue</li>"))
        #expect(index.contains("<strong>1</strong> key result at risk</li>"))
        #expect(index.contains("</strong> key results on track</li>"))
        #expect(index.contains(" · 1 milestone overdue · "), "a plan card's footer")
        let all = pages.map(\.html.text).joined()
        #expect(!all.contains(">1</strong> milestones") && !all.contains(" 1 milestones") && !all.contains(">1</strong> findings"))
        #expect(!all.contains(">1</strong> key results") && !all.contains(" 1 findings"))
    }

    @Test func printHidesTheWayBackWithItsSeparator() throws {
        let pages = try HTMLReportRenderer().site(try ReportFixture.document(["Samples"]))
        #expect(pages[1].html.text.contains(#"<p class="brand"><span class="back"><a href="index.html">← All plans</a> · </span>Goals status</p>"#))
        let print = try #require(HTMLReportStyles.css.components(separatedBy: "@media print").last)
        #expect(print.contains(".brand .back { display: none; }"))
    }

    /// A page of several plans renders its plans on all cores; the result
    /// must be the very page the template gives when rendered in one go
    /// (as a user's template is), byte for byte.
    @Test func pageRenderedInParallelIsThePageRenderedWhole() throws {
        let document = try ReportFixture.document(["Samples"])
        let parallel = try HTMLReportRenderer().page(document)
        let whole = try HTMLReportRenderer(template: HTMLReportTemplate.page, templateName: "the page").page(document)
        #expect(document.items("plans").count > 1)
        #expect(parallel == whole)
    }

    @Test func userTemplateGetsTheModelAndThePartials() throws {
        let template = """
            {{#plans}}<h1>{{title}}</h1>{{#objectives}}<p>{{title}}: {{#score}}{{text}}{{/score}} {{> okrlint-status}}</p>{{/objectives}}{{/plans}}
            """
        let html = try HTMLReportRenderer(template: template).page(try ReportFixture.document(["Samples/clean-team.okr.yaml"]))
        #expect(html.hasPrefix("<h1>Customer Operations — Q4 2026</h1><p>Customers stop needing to change their orders twice: 0.63 <span class=\"status s-on-track\">"))
    }

    @Test func brokenTemplateIsARunErrorNamingTheFile() {
        #expect(throws: RunError.self) { try HTMLReportRenderer(template: "{{#plans}} never closed", templateName: "mine.mustache") }
        do {
            _ = try HTMLReportRenderer(template: "{{#plans}}", templateName: "mine.mustache")
        } catch {
            #expect(error.message.hasPrefix("mine.mustache:1:"))
        }
    }
}

/// The escaping the page must show for text from a goal file.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
