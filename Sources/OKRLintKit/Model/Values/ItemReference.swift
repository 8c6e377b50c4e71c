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
        let utf8 = raw.utf8
        guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else {
            return ItemID.check(raw).map { ItemReference(raw: $0, plan: nil, item: nil) }
        }
        let plan = raw[..<hash]
        let item = raw[utf8.index(after: hash)...]
        guard !item.utf8.contains(UInt8(ascii: "#")) else {
            return .failure(ValueFormError("a reference has at most one '#', as in company-2026#retention"))
        }
        guard !plan.isEmpty, !item.isEmpty else {
            return .failure(ValueFormError(
                "a reference needs an id on both sides of '#', as in company-2026#retention"))
        }
        return ItemID.check(String(plan)).flatMap { plan in
            ItemID.check(String(item)).map { item in
                ItemReference(raw: raw, plan: plan, item: item)
            }
        }
    }

    public var description: String { raw }
}
