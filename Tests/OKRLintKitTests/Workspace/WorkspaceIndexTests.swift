import Testing
@testable import OKRLintKit

/// References resolve against every plan of the workspace; a bare id may name
/// an item of another plan, and the index finds it without scanning every
/// plan for each reference.
@Suite struct WorkspaceIndexTests {
    private func index(_ plans: [(id: String, items: [String])]) -> WorkspaceIndex {
        var index = WorkspaceIndex()
        for plan in plans {
            index.add(
                WorkspaceIndex.Contribution(
                    file: plan.id + ".okr.yaml", planID: plan.id, idSpan: nil, itemIDs: plan.items, weeklyGoals: []),
                linted: false)
        }
        return index
    }

    private func reference(_ text: String) throws -> ItemReference {
        try #require(ItemReference.parse(text).parsed)
    }

    @Test func bareIdsFindItemsOfOtherPlans() throws {
        let workspace = index([("company", ["retention", "margin"]), ("team", ["fewer-changes"])])
        #expect(workspace.resolve(try reference("fewer-changes"), from: "team") == .found)
        #expect(workspace.resolve(try reference("retention"), from: "team") == .found)
        #expect(workspace.resolve(try reference("company"), from: "team") == .found)
        guard case .unknown(let problem, _, .item) = workspace.resolve(try reference("retension"), from: "team") else {
            Issue.record("a misspelt id is unknown")
            return
        }
        #expect(problem == "'retension' names no item of this plan and no plan of the workspace")
    }

    @Test func anItemAddedLaterIsFoundToo() throws {
        var workspace = index([("company", ["retention"])])
        #expect(workspace.resolve(try reference("margin"), from: "company") != .found)
        workspace.add(
            WorkspaceIndex.Contribution(file: "finance.okr.yaml", planID: "finance", idSpan: nil, itemIDs: ["margin"], weeklyGoals: []),
            linted: false)
        #expect(workspace.resolve(try reference("margin"), from: "company") == .found)
    }
}
