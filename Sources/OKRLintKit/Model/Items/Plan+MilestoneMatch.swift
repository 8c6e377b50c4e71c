extension Plan {
    /// The milestone of this plan that is `other` in another version of the
    /// file: the one with the same id, else the only one with the same title
    /// (compared ignoring case and runs of spaces); nil when there is none or
    /// the title is ambiguous.
    func milestone(matching other: Milestone) -> Milestone? {
        if let id = other.id?.value, let sameID = milestones.first(where: { $0.id?.value == id }) {
            return sameID
        }
        guard let title = other.title.map({ Self.comparable($0.value) }) else { return nil }
        let sameTitle = milestones.filter { $0.title.map { Self.comparable($0.value) } == title }
        return sameTitle.count == 1 ? sameTitle[0] : nil
    }

    private static func comparable(_ title: String) -> String {
        ValueText.collapseSpaces(title).lowercased()
    }
}
