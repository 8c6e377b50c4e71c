extension WorkspaceIndex {
    /// A weekly goal somewhere in the workspace: its file and the span of its title.
    public struct WeeklyGoalLocation: Sendable, Hashable {
        public let file: String
        public let span: SourceSpan
    }

    /// Every weekly goal of one person for one week across the workspace, in
    /// the order that decides which one is the first: goals in files this run
    /// does not report on come first (they are already settled, so a run on a
    /// changed file reports the goal it adds), then by file path, then by
    /// position in the file.
    public func weeklyGoals(of personWeek: PersonWeek) -> [WeeklyGoalLocation] {
        (weeklyGoalLocations[personWeek] ?? [])
            .sorted { ($0.file != $1.file) ? isBefore($0.file, $1.file) : $0.span < $1.span }
    }

    /// Files this run does not report on first, then by path.
    private func isBefore(_ file: String, _ other: String) -> Bool {
        let (linted, otherLinted) = (isLinted(file), isLinted(other))
        return linted == otherLinted ? file < other : !linted
    }
}
