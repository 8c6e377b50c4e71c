import Foundation
@testable import OKRLintKit
import Testing

/// A goal file written to attack the report: markup, attribute breakouts and
/// script links in every kind of text. Nothing of it may become markup, and
/// only http(s) and relative links may become anchors.
@Suite struct HostileReportTests {
    static let plan = #"""
        id: hostile
        title: <script>alert('title')</script> Q4
        team: Red "onload=alert(1) x="
        owner: <img src=x onerror=alert(2)>
        period: 2026-Q4
        objectives:
          - objective: Ship it</h3><script>alert(3)</script>
            owner: mallory
            key_results:
              - kr: Raise <b>bold</b> revenue from 1 to 2
                baseline: 1
                target: 2
                evidence: javascript:alert(4)
                checkins: {2026-10-20: 1.5}
              - kr: Cut churn from 5% to 2%
                baseline: 5%
                target: 2%
                evidence: https://ok.example/x?a=1&b="><script>alert(5)</script>
                checkins: {2026-10-20: 4%}
              - kr: Evidence kept next door
                type: milestone
                due: 2026-12-01
                evidence: docs/evidence.md
        kpis:
          - kpi: "Latency\" onmouseover=\"alert(6)"
            healthy: 4..6
            trigger: "> 7"
            owner: " ' onfocus='alert(7)"
            readings: {2026-10-20: 5}
        milestones:
          - milestone: Data URL <iframe src=data:text/html,x>
            due: 2026-11-20
            owner: eve
            evidence: data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==
          - milestone: Protocol-relative link published
            due: 2026-11-21
            owner: eve
            evidence: //evil.example/steal
        weekly:
          - week: 2026-W44
            owner: <u>trudy</u>
            goal: By 2026-10-30, trudy will deliver <marquee>it</marquee>, evidenced by JaVaScRiPt:alert(9).
        decisions:
          - date: 2026-10-20
            decision: Allow <svg onload=alert(10)>
            owner: oscar
        """#

    static func document() throws -> JSONValue {
        let folder = try ReportFixture.folder(["hostile.okr.yaml": Self.plan])
        defer { try? FileManager.default.removeItem(at: folder) }
        return try ReportFixture.document(["hostile.okr.yaml"], in: folder)
    }

    @Test func htmlShowsEveryHostileStringAsText() throws {
        let html = try HTMLReportRenderer().page(try Self.document())
        for markup in ["<script", "<img", "<b>bold", "</h3><", "<iframe", "<u>", "<marquee", "<svg onload", "\"onload", "\" onmouseover", "' onfocus"] {
            #expect(!html.contains(markup), "unescaped: \(markup)")
        }
        #expect(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Q4"))
        #expect(html.contains("Red &quot;onload=alert(1) x=&quot;"))
        #expect(html.contains("Allow &lt;svg onload=alert(10)&gt;"))
    }

    @Test func onlyWebAndRelativeLinksBecomeAnchors() throws {
        let html = try HTMLReportRenderer().page(try Self.document())
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        let external = hrefs.filter { !$0.hasPrefix("#") }
        #expect(external == [
            "https://ok.example/x?a=1&amp;b=&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;", "docs/evidence.md",
        ])
        #expect(html.contains("javascript:alert(4)") && html.contains("//evil.example/steal"), "shown as text")
    }

    @Test func markdownShowsEveryHostileStringAsText() throws {
        let markdown = try MarkdownReportRenderer.render(try Self.document())
        #expect(!markdown.contains("<script") && !markdown.contains("<b>") && !markdown.contains("<img"))
        #expect(markdown.contains("### &lt;script&gt;alert('title')&lt;/script&gt; Q4"))
        #expect(markdown.contains("Ship it&lt;/h3&gt;&lt;script&gt;alert(3)&lt;/script&gt;"))
    }
}
