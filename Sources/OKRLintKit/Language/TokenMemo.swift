import Foundation

/// The tokens of texts tokenized lately on the current thread. The rules of
/// one file ask several heuristics about the same titles (a key result's text
/// is read for activities, deliverables, outputs and stakes), so each text is
/// tokenized once per file rather than once per question. Each thread keeps
/// its own memo (files are linted on all cores), emptied when it grows past
/// a few hundred texts.
enum TokenMemo {
    static func tokens(in text: String) -> [WordToken] {
        let memo = Memo.current
        if let tokens = memo.tokens[text] { return tokens }
        if memo.tokens.count >= capacity { memo.tokens.removeAll(keepingCapacity: true) }
        let tokens = WordTokenizer.tokens(in: text)
        memo.tokens[text] = tokens
        return tokens
    }

    private static let capacity = 512

    /// One thread's memo, held in a POSIX thread-specific slot and released with the thread.
    private final class Memo {
        var tokens: [String: [WordToken]] = [:]

        static var current: Memo {
            if let pointer = pthread_getspecific(key) { return Unmanaged<Memo>.fromOpaque(pointer).takeUnretainedValue() }
            let memo = Memo()
            pthread_setspecific(key, Unmanaged.passRetained(memo).toOpaque())
            return memo
        }

        private static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { pointer in
                if let pointer { Unmanaged<Memo>.fromOpaque(pointer).release() }
            }
            return key
        }()
    }
}
