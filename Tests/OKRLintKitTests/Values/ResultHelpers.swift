@testable import OKRLintKit

extension Result where Failure == ValueFormError {
    /// The parsed value, or nil when parsing failed.
    var parsed: Success? { try? get() }

    /// The error message, or nil when parsing succeeded.
    var formError: String? {
        guard case .failure(let error) = self else { return nil }
        return error.message
    }
}
