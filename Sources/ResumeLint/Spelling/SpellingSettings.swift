import Foundation

/// What `.resume-lint.yaml` says about spelling: the user's own words and the dictionary's
/// language.
///
/// ```yaml
/// spelling:
///   words: [Kakao, Naver, ko-en]
///   language: en-GB
/// ```
public struct SpellingSettings: Sendable, Equatable {
    /// Words to accept as written, in any capitalization: names, places, terms of the trade.
    public var words: Set<String> = []
    /// The dictionary's language (`en-GB`) for a résumé in that language; the résumé's own
    /// `meta.locale` (or `--lang`) decides when it names another language.
    public var language: String?

    public init(words: Set<String> = [], language: String? = nil) {
        self.words = Set(words.map { $0.lowercased() })
        self.language = language
    }

    /// Whether `word` is one of the user's words.
    func contains(_ word: String) -> Bool {
        !words.isEmpty && words.contains(word.lowercased())
    }

    /// The language to check a résumé written in `locale` in: the configured one when it is the
    /// same language (a region for `en`), else the résumé's, else English.
    func language(forLocale locale: String?) -> String {
        guard let language else { return locale ?? "en" }
        guard let locale else { return language }
        let same = SpellingDictionary.primaryLanguage(of: language) == SpellingDictionary.primaryLanguage(of: locale)
        return same ? language : locale
    }
}

/// Why spelling could not be checked, each said once per run: the command prints them as notes.
public enum SpellingNotes {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pending: [String] = []
    nonisolated(unsafe) private static var said: Set<String> = []

    /// The notes recorded since the last call, each once in the process's life, in order.
    public static func take() -> [String] {
        lock.withLock {
            defer { pending = [] }
            return pending
        }
    }

    static func record(_ note: String) {
        lock.withLock {
            if said.insert(note).inserted { pending.append(note) }
        }
    }
}
