/// What a finding is about, independent of line numbers: the plan, the kind
/// of item, the item's id (or a hash of its title when it has none) and the
/// rule. Baselines and SARIF fingerprints use it, so moving lines or editing
/// unrelated items does not change it.
public struct FindingIdentity: Hashable, Sendable {
    public let plan: String
    public let kind: ItemKind
    /// The item's id, or `#` followed by a hash of its title text; empty for the plan itself.
    public let item: String
    public let rule: String

    public init(plan: String, kind: ItemKind, item: String, rule: String) {
        self.plan = plan
        self.kind = kind
        self.item = item
        self.rule = rule
    }

    /// The identity of a finding of `rule` at `position` in the plan outlined by `outline`.
    public init(rule: String, at position: SourcePosition, in outline: PlanOutline?, planID: String) {
        plan = planID
        self.rule = rule
        let item = outline?.innermostItem(at: position)
        kind = item?.kind ?? .plan
        self.item = item?.name ?? ""
    }

    /// One line, as baselines store it: `plan kind item rule`.
    public var key: String { [plan, kind.rawValue, item.isEmpty ? "-" : item, rule].joined(separator: " ") }

    /// 64-bit FNV-1a of the text with runs of white space folded, as 16 hex digits.
    static func hash(_ text: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        if text.isASCII {
            // ASCII: fold white space on the fly (the same words and single spaces as below).
            var pendingSpace = false
            var started = false
            for byte in text.utf8 {
                if Unicode.Scalar(byte).isWhiteSpace {
                    pendingSpace = true
                    continue
                }
                if pendingSpace, started { add(0x20) }
                (pendingSpace, started) = (false, true)
                add(byte)
            }
        } else {
            for byte in text.split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8 { add(byte) }
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
