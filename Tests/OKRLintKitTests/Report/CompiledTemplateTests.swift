import Foundation
import Mustache
@testable import OKRLintKit
import Testing

/// The compiled renderer of the default page must write exactly what
/// swift-mustache writes from the same template and model: the page of the
/// samples and of the hostile plan in each of its forms, and small templates
/// that exercise every rule about standalone lines, lookups and transforms.
@Suite struct CompiledTemplateTests {
    @Test(arguments: ["samples", "hostile"])
    func everyFormOfTheDefaultPageIsSwiftMustachesByteForByte(corpus: String) throws {
        let document = corpus == "samples" ? try ReportFixture.document(["Samples"]) : try HostileReportTests.document()
        let plans = document.items("plans")
        let onePlan: JSONValue = .object([("week", .string("2026-W44")), ("summary", document["summary"] ?? .null), ("plans", .array([plans[0]])), ("findings", .array([]))])
        let pages: [(JSONValue, [(String, JSONValue)])] = [
            (document, [("title", .string("All")), ("is_index", .bool(false)), ("toc", .bool(plans.count > 1))]),
            (document, [("title", .string("Index")), ("is_index", .bool(true))]),
            (onePlan, [("title", .string("One")), ("is_index", .bool(false)), ("index_href", .string("index.html"))]),
        ]
        for (model, page) in pages {
            let data = HTMLReportRenderer.templateData(model, page: page)
            let compiled = try #require(HTMLReportRenderer.builtIn.render(HTMLReportRenderer.pageName, context: [data], inParallel: "okrlint-plan"))
            let reference = try #require(HTMLReportRenderer.defaultLibrary.render(MustacheData.value(data), withTemplate: HTMLReportRenderer.pageName))
            #expect(String(decoding: compiled.joined(), as: UTF8.self) == reference)
            #expect(reference.contains("<footer class=\"colophon\">"))
        }
    }

    /// Templates written to hit swift-mustache's whitespace and lookup rules.
    static let templates = [
        "{{#items}}\n  <li>{{name}}</li>\n{{/items}}\nend\n",
        "  {{#items}}  \n{{name}}\n  {{/items}}  \nafter",
        "a {{#items}}{{name}},{{/items}} b\n{{^items}}none{{/items}}\n",
        "{{#flag}}\nyes\n{{/flag}}\n{{^flag}}\nno\n{{/flag}}\n",
        "x\n  {{! a comment }}\ny {{! inline }} z\n",
        "{{% CONTENT_TYPE: HTML}}\n<p>{{html}}</p>\n",
        "{{#items}}\n{{> row}}\n{{/items}}\n",
        "before {{> row}} after\n",
        "{{#one}}x\n{{/one}}\n{{#two}}\ny\n{{/two}}\n",
        "{{#outer}}{{#inner}}{{name}}/{{title}}/{{missing}}{{/inner}}{{/outer}}",
        "{{#items}}{{#nothing}}[{{name}}]{{/nothing}}{{/items}}",
        "{{count(items)}} {{empty(items)}} {{empty(none)}} {{#first(items)}}{{name}}{{/first(items)}} {{#last(items)}}{{name}}{{/last(items)}}",
        "{{#reversed(items)}}{{name}}{{/reversed(items)}} {{reversed(title)}} {{empty(title)}}",
        "{{equalzero(zero)}} {{minusone(zero)}} {{plusone(zero)}} {{even(three)}} {{odd(three)}} {{equalzero(minusone(one))}}",
        "{{^equalzero(minusone(three))}}plural{{/equalzero(minusone(three))}}{{^equalzero(minusone(one))}}s{{/equalzero(minusone(one))}}",
        "{{ratio}} {{whole}} {{three}} {{flag}} {{nothing}}|{{#nothing}}hidden{{/nothing}}{{^nothing}}shown{{/nothing}}",
        "{{#three}}{{title}}{{/three}} {{#title}}{{.}}{{/title}} {{#ratio}}{{.}}{{/ratio}}",
        "{{outer.inner.name}} {{outer.title}} {{outer.gone.name}} {{#outer}}{{.title}}|{{.name}}{{/outer}}",
        "{{html}} {{{html}}} {{& html}}",
        "{{#items}}{{name}}{{/items}}\r\n{{#flag}}\r\nwindows\r\n{{/flag}}\r\n",
        "{{#empty_list}}never{{/empty_list}}{{^empty_list}}\nempty\n{{/empty_list}}",
        "{{#items}}\n  {{^last}}\n  {{name}}\n  {{/last}}\n{{/items}}",
    ]

    static let data: JSONValue = .object([
        ("title", .string("Plan <one>")), ("html", .string(#"<a href="x">'&'</a>"#)),
        ("items", .array([.object([("name", .string("alpha"))]), .object([("name", .string("beta")), ("last", .bool(true))])])),
        ("empty_list", .array([])), ("flag", .bool(true)), ("nothing", .null), ("zero", .integer(0)), ("one", .integer(1)),
        ("three", .integer(3)), ("ratio", .number(0.25)), ("whole", .number(40)), ("two", .string("")),
        ("outer", .object([("title", .string("outer title")), ("inner", .object([("name", .string("inner name"))]))])),
    ])

    @Test(arguments: templates.indices)
    func smallTemplateRendersAsSwiftMustacheDoes(index: Int) throws {
        let text = Self.templates[index]
        let compiled = try CompiledTemplateSet(["main": text, "row": "<{{name}}>\n"])
        var library = MustacheLibrary()
        try library.register(text, named: "main")
        try library.register("<{{name}}>\n", named: "row")
        let reference = try #require(library.render(MustacheData.value(Self.data), withTemplate: "main"))
        let pieces = try #require(compiled.render("main", context: [Self.data]))
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == reference, "template: \(text.debugDescription)")
    }

    @Test(arguments: [
        "{{=<% %>=}}", "{{< base}}{{/base}}", "{{$block}}x{{/block}}", "{{capitalized(title)}}",
        "  {{> row}}\n", "{{#open}}never closed", "{{/stray}}", "{{% CONTENT_TYPE: TEXT}}", "{{> missing}}",
    ])
    func refusesWhatItCannotRenderExactly(text: String) {
        #expect(throws: CompiledTemplateParser.Refusal.self) {
            try CompiledTemplateSet(["main": text, "row": "r"])
        }
    }

    /// A list or an object written as text is left to swift-mustache, which
    /// the renderer then falls back to.
    @Test func declinesListsAndObjectsAsText() throws {
        let compiled = try CompiledTemplateSet(["main": "{{items}}", "other": "{{outer}}"])
        #expect(compiled.render("main", context: [Self.data]) == nil)
        #expect(compiled.render("other", context: [Self.data]) == nil)
    }

    /// Each use of the parallel partial becomes its own piece, between the pieces of the frame.
    @Test func parallelPartialUsesBecomePiecesInOrder() throws {
        let compiled = try CompiledTemplateSet(["main": "[{{#items}}{{> row}}{{/items}}]", "row": "<{{name}}>"])
        let pieces = try #require(compiled.render("main", context: [Self.data], inParallel: "row"))
        #expect(pieces.map { String(decoding: $0, as: UTF8.self) } == ["[", "<alpha>", "", "<beta>", "]"])
    }
}
