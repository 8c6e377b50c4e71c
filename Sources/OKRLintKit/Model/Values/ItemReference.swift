/// A reference from `serves`, `aligns_to` or `kpi` to a plan or an item.
///
/// Two forms:
/// - qualified, `plan-id#item-id` (`company-2026#retention`): `plan` and `item` are set;
/// - bare, one id (`fewer-repeat-changes`, `company-2026`): `plan` and `item` are
///   nil and `raw` holds the id. A bare id may name an item of the same plan or a
///   whole plan; which one is for the resolver to decide.
///
/// Both ids follow `ItemID`'s rules.
public struct ItemReference: Sendable, Hashable, CustomStringConvertible {
    /// The trimmed reference as written.
    public let raw: String
    /// The plan id of a qualified reference.
    public let plan: String?
    /// The item id of a qualified reference.
    public let item: String?

    /// True for a single id whose kind (item or plan) the resolver decides.
    public var isBare: Bool { plan == nil }

    public static func parse(_ text: String) -> Result<ItemReference, ValueFormError> {
        let raw = ValueText.trim(text)
        let parts = raw.split(separator: "#", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            return ItemID.check(raw).map { ItemReference(raw: $0, plan: nil, item: nil) }
        case 2:
            guard !parts[0].isEmpty, !parts[1].isEmpty else {
                return .failure(ValueFormError(
                    "a reference needs an id on both sides of '#', as in company-2026#retention"))
            }
            return ItemID.check(String(parts[0])).flatMap { plan in
                ItemID.check(String(parts[1])).map { item in
                    ItemReference(raw: raw, plan: plan, item: item)
                }
            }
        default:
            return .failure(ValueFormError("a reference has at most one '#', as in company-2026#retention"))
        }
    }

    public var description: String { raw }
}
