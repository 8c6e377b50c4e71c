/// English weekday names and their usual abbreviations, any case, with an
/// optional trailing full stop (`Thursday`, `thu`, `Thurs.`).
enum WeekdayName {
    private static let numbers: [String: Int] = [
        "monday": 1, "mon": 1,
        "tuesday": 2, "tue": 2, "tues": 2,
        "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
        "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]

    /// The ISO weekday (1 Monday ... 7 Sunday) that `name` stands for, or nil.
    static func weekday(_ name: String) -> Int? {
        var key = name.lowercased()
        if key.hasSuffix(".") { key.removeLast() }
        return numbers[key]
    }
}
