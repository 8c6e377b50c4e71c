/// The default page's icons (the `okrlint-icons` partial): one hidden inline
/// SVG sprite with a glyph per kind of status, used as
/// `<svg class="icon"><use href="#i-STATUS"/></svg>` beside the status words.
enum HTMLReportIcons {
    /// The glyphs, drawn once: 16 × 16, stroked in the text colour.
    private static let glyphs: [(id: String, shape: String)] = [
        ("check", #"<circle cx="8" cy="8" r="6.5"/><path d="M5 8.2l2 2 4-4.4"/>"#),
        ("alert", #"<path d="M8 1.8L15 14H1z"/><path d="M8 6.5v3.2M8 11.9v.1"/>"#),
        ("cross", #"<circle cx="8" cy="8" r="6.5"/><path d="M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8"/>"#),
        ("bell", #"<path d="M4 11V7a4 4 0 018 0v4l1.5 1.5h-11z"/><path d="M6.5 14h3"/>"#),
        ("clock", #"<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5V8l2.5 1.8"/>"#),
        ("dash", #"<circle cx="8" cy="8" r="6.5" stroke-dasharray="2.5 2"/><path d="M5.5 8h5"/>"#),
        ("ban", #"<circle cx="8" cy="8" r="6.5"/><path d="M3.4 12.6l9.2-9.2"/>"#),
        ("info", #"<circle cx="8" cy="8" r="6.5"/><path d="M8 7.2v4.3M8 4.6v.1"/>"#),
        ("ring", #"<circle cx="8" cy="8" r="6.5"/>"#),
        ("arrow", #"<path d="M2 8h11M9.5 4.5L13 8l-3.5 3.5"/>"#),
    ]

    /// Every status, finding severity and mark the template shows, and its glyph.
    private static let names: [(name: String, glyph: String)] = [
        ("on-track", "check"), ("in-range", "check"), ("done", "check"),
        ("at-risk", "alert"), ("out-of-range", "alert"), ("warning", "alert"), ("blocked", "ban"),
        ("off-track", "cross"), ("error", "cross"), ("triggered", "bell"),
        ("overdue", "clock"), ("due-this-week", "clock"),
        ("no-data", "dash"), ("no-period", "dash"), ("not-measurable", "dash"), ("no-range", "dash"),
        ("no-date", "dash"), ("dropped", "ban"), ("planned", "ring"), ("info", "info"), ("moved", "arrow"),
    ]

    static let sprite: String = {
        let shapes = glyphs.map { #"<symbol id="g-\#($0.id)" viewBox="0 0 16 16">\#($0.shape)</symbol>"# }
        let aliases = names.map { ##"<symbol id="i-\##($0.name)" viewBox="0 0 16 16"><use href="#g-\##($0.glyph)"/></symbol>"## }
        return #"<svg xmlns="http://www.w3.org/2000/svg" width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false">"#
            + (shapes + aliases).joined() + "</svg>"
    }()
}
