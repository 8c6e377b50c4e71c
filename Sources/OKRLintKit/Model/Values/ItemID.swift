import Foundation

/// The rules for plan and item ids (`fewer-repeat-changes`, `goals/eng`).
///
/// An id is one or more letters or digits (of any script) and the characters
/// `.`, `_`, `/` (plan ids derived from paths contain it) and `-`. It has no
/// whitespace and no `#`, which separates a plan id from an item id in a
/// reference. Ids compare exactly (case-sensitive).
public enum ItemID {
    public static func isValid(_ id: String) -> Bool {
        if case .success = parse(id) { return true }
        return false
    }

    /// The trimmed id, or an error naming the first character that cannot be in one.
    public static func parse(_ text: String) -> Result<String, ValueFormError> {
        check(ValueText.trim(text))
    }

    /// `id` itself when it is a valid id as it stands (no trimming), else the error.
    static func check(_ id: String) -> Result<String, ValueFormError> {
        guard !id.isEmpty else {
            return .failure(ValueFormError("expected an id such as fewer-repeat-changes, found nothing"))
        }
        for scalar in id.unicodeScalars where !isAllowed(scalar) {
            if scalar.isWhiteSpace {
                return .failure(ValueFormError(
                    "an id cannot contain spaces: join words with '-', as in fewer-repeat-changes"))
            }
            if scalar == "#" {
                return .failure(ValueFormError(
                    "an id cannot contain '#', which separates a plan id from an item id (plan-id#item-id)"))
            }
            return .failure(ValueFormError(
                "an id may contain only letters, digits, '.', '_', '/' and '-', found '\(scalar)'"))
        }
        return .success(id)
    }

    /// A letter, a digit or one of the punctuation marks ids may hold; ASCII
    /// is answered without consulting Foundation's character sets.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return CharacterSet.alphanumerics.contains(scalar) }
        switch scalar {
        case "0"..."9", "a"..."z", "A"..."Z", ".", "_", "/", "-": return true
        default: return false
        }
    }
}
