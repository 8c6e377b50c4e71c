import Foundation

/// The end of a run whose output is written: the process exits at once with
/// `code`, without freeing the run's model value by value. For a report of a
/// thousand plans that freeing took longer than writing the report; the
/// operating system reclaims the memory in one go; `exit` still flushes
/// standard output.
enum RunEnd {
    static func now(code: Int32) -> Never {
        exit(code)
    }
}
