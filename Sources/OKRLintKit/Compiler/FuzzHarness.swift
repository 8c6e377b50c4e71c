/// What the fuzz target and the robustness tests run on arbitrary bytes: the
/// whole pipeline (front end, model, every rule with its suppressions), as
/// one file of a workspace beside a small valid plan, so that cross-file
/// rules see it too. It must never trap or hang.
public enum FuzzHarness {
    private static let neighbour = FileCompiler.compile(
        SourceFile(path: "neighbour.okr.yaml", text: "id: neighbour\nobjectives:\n  - id: growth\n    objective: Grow\n"),
        fallbackPlanID: "neighbour")

    private static let options = LintOptions(asOf: CalendarDate(year: 2026, month: 11, day: 1)!)

    /// Runs `bytes` through every stage; the first byte's lowest bit picks
    /// the front end (even: YAML, odd: Markdown), so one corpus covers both.
    @discardableResult
    public static func run(_ bytes: [UInt8]) -> [Finding] {
        let path = (bytes.first ?? 0) & 1 == 0 ? "input.okr.yaml" : "input.okr.md"
        let file = FileCompiler.compile(SourceFile(path: path, bytes: bytes), fallbackPlanID: "input")
        return Linter.lint([file], alongside: [neighbour], options: options)
    }
}
