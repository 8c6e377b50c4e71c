/// What the fuzz target and the robustness tests run on arbitrary bytes: the
/// whole pipeline (front end, model, every rule with its suppressions), as
/// the only file of a workspace and beside a small valid plan, so that
/// cross-file rules see it too. It must never trap or hang.
public enum FuzzHarness {
    private static let neighbour = FileCompiler.compile(
        SourceFile(path: "neighbour.okr.yaml", text: "id: neighbour\nobjectives:\n  - id: growth\n    objective: Grow\n"),
        fallbackPlanID: "neighbour")

    private static let options = LintOptions(asOf: CalendarDate(year: 2026, month: 11, day: 1)!)

    /// Runs `bytes` through every stage; returns the findings (for tests).
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> [Finding] {
        let file = FileCompiler.compile(SourceFile(path: "input.okr.yaml", bytes: bytes), fallbackPlanID: "input")
        return Linter.lint([file], alongside: [neighbour], options: options)
    }
}
