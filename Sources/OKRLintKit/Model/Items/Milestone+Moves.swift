extension Milestone {
    /// Whether the `moved` entries lead from `old` to `new`: one entry
    /// `{from: old, to: new}`, or a chain of them (old → … → new).
    func recordsMove(from old: CalendarDate, to new: CalendarDate) -> Bool {
        var reached: Set<CalendarDate> = [old]
        var pending = [old]
        while let date = pending.popLast() {
            for move in moved where move.from?.value == date {
                if let next = move.to?.value, reached.insert(next).inserted { pending.append(next) }
            }
        }
        return reached.contains(new)
    }

    /// Whether a `moved` entry (or the list itself) holds a malformed value,
    /// already reported by `schema/type`, so the recorded moves cannot be trusted.
    var hasMalformedMoves: Bool {
        hasInvalidValue(for: "moved")
            || moved.contains { $0.hasInvalidValue(for: "from") || $0.hasInvalidValue(for: "to") }
    }
}
