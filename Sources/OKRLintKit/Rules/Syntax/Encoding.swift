/// `syntax/encoding`: the file is not UTF-8 text (reported before parsing).
public struct Encoding: Rule {
    public static let description = RuleDescription(
        id: "syntax/encoding", defaultSeverity: .error,
        summary: "The file is not UTF-8: a UTF-16/32 byte-order mark, invalid UTF-8 or NUL bytes.",
        rationale: """
            Goal files are read as UTF-8 so that every tool in the pipeline (git diffs, editors, CI \
            annotations) sees the same characters at the same columns. A file saved as UTF-16, a stray \
            byte from another encoding, or a NUL byte (a binary file given by mistake) would be \
            misread, so okrlint stops at the first offending byte and says where it is. A UTF-8 \
            byte-order mark is accepted.
            """,
        examples: [
            RuleExample("id: team\ntitle: Q4⟦\u{0}⟧\n"),
            RuleExample("\u{FEFF}id: team\ntitle: Q4 — Kundenzufriedenheit\n"),
        ])
}
