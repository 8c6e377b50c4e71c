import Foundation

/// Today's findings recorded so that only new problems fail the build
/// (SPEC §2.3): entries keyed by finding identity (plan, item kind, item id or
/// title hash, rule) with a count for repeats, never by line numbers.
public struct Baseline: Sendable, Equatable {
    /// How many findings of each identity key are accepted.
    public private(set) var counts: [String: Int]

    public init(findings: [Finding]) {
        counts = findings.reduce(into: [:]) { $0[$1.identity.key, default: 0] += 1 }
    }

    /// The outcome of applying a baseline: the findings it does not cover, and
    /// how many recorded findings no longer occur (fixed, or their item changed).
    public struct Application: Sendable {
        public let findings: [Finding]
        public let hidden: Int
        public let unmatched: Int
    }

    /// Hides up to the recorded count of findings of each identity.
    public func apply(to findings: [Finding]) -> Application {
        var remaining = counts
        var kept: [Finding] = []
        for finding in findings {
            let key = finding.identity.key
            if let left = remaining[key], left > 0 {
                remaining[key] = left - 1
            } else {
                kept.append(finding)
            }
        }
        return Application(
            findings: kept, hidden: findings.count - kept.count, unmatched: remaining.values.reduce(0, +))
    }

    /// The baseline file: JSON with a version and sorted entries.
    public func rendered() -> String {
        let entries = counts.keys.sorted().map { key -> JSONValue in
            .object([("key", .string(key)), ("count", .integer(counts[key] ?? 0))])
        }
        return JSONValue.object([("version", .integer(1)), ("entries", .array(entries))]).pretty()
    }

    /// Reads a baseline file written by `rendered()`.
    public static func read(from path: String) throws(RunError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RunError("\(path): the baseline file cannot be read")
        }
        guard let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              document["version"] as? Int == 1, let entries = document["entries"] as? [[String: Any]] else {
            throw RunError("\(path): not an okrlint baseline (expected JSON with \"version\": 1 and \"entries\"); write one with --write-baseline")
        }
        var counts: [String: Int] = [:]
        for entry in entries {
            guard let key = entry["key"] as? String, let count = entry["count"] as? Int, count > 0 else {
                throw RunError("\(path): a baseline entry needs a \"key\" and a positive \"count\"")
            }
            counts[key, default: 0] += count
        }
        var baseline = Baseline(findings: [])
        baseline.counts = counts
        return baseline
    }
}
