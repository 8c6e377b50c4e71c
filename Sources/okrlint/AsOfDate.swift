import OKRLintKit

/// The `--as-of DATE` option shared by the commands: today's date for
/// date-dependent rules and progress, today when not given.
enum AsOfDate {
    static func parse(_ text: String?) throws(RunError) -> CalendarDate {
        guard let text else { return .today() }
        switch CalendarDate.parse(text) {
        case .success(let date): return date
        case .failure(let error): throw RunError("--as-of '\(text)': \(error.message)")
        }
    }
}
