import Foundation

/// A committed set of labelled phrasings (`label<TAB>phrase` per line, `#` for comments) from
/// `Fixtures/phrasings`, and the precision and recall of a heuristic on it.
struct LabelledSet {
    struct Example {
        let isPositive: Bool
        let phrase: String
    }

    struct LoadError: Error, CustomStringConvertible {
        let description: String
    }

    let examples: [Example]

    /// Reads `Fixtures/phrasings/<fileName>`, whose labels must be `positive` or `negative`.
    init(fileName: String, positive: String, negative: String) throws {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/phrasings/\(fileName)")
        let contents = try String(contentsOf: url, encoding: .utf8)
        let lines = contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        examples = try lines.filter { !$0.element.isEmpty && !$0.element.hasPrefix("#") }.map { offset, line in
            let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
            guard fields.count == 2, [positive, negative].contains(fields[0]) else {
                throw LoadError(description: "\(fileName):\(offset + 1): expected '\(positive)' or '\(negative)', a tab and a phrase")
            }
            return Example(isPositive: fields[0] == positive, phrase: fields[1])
        }
    }

    /// Runs `predictsPositive` on every phrase and counts its hits and misses.
    func score(_ predictsPositive: (String) -> Bool) -> Score {
        var score = Score()
        for example in examples {
            switch (example.isPositive, predictsPositive(example.phrase)) {
            case (true, true): score.truePositives += 1
            case (false, false): score.trueNegatives += 1
            case (false, true): score.falsePositives.append(example.phrase)
            case (true, false): score.falseNegatives.append(example.phrase)
            }
        }
        return score
    }
}

/// Hits and misses of a heuristic for the positive class.
struct Score {
    var truePositives = 0
    var trueNegatives = 0
    var falsePositives: [String] = []
    var falseNegatives: [String] = []

    var total: Int { truePositives + trueNegatives + falsePositives.count + falseNegatives.count }
    var precision: Double { ratio(truePositives, truePositives + falsePositives.count) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives.count) }

    /// "kr/activity: precision 0.95 recall 0.93 on 84 phrasings", then each misclassified phrase.
    func report(rule: String, positive: String) -> String {
        var lines = [
            "\(rule): precision \(twoDecimals(precision)) recall \(twoDecimals(recall)) on \(total) phrasings",
        ]
        lines += falsePositives.map { "  wrongly \(positive): \($0)" }
        lines += falseNegatives.map { "  missed \(positive): \($0)" }
        return lines.joined(separator: "\n")
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    private func twoDecimals(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
