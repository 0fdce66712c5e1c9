/// Which variant of a résumé to load from one file: one language of its multi-language text,
/// and the items that carry the chosen tags.
public struct LoadOptions: Sendable, Equatable {
    /// The language taken from text written as a map of language to text
    /// (`summary: {en: "…", ko: "…"}`). Nil takes `meta.locale`'s language, else the first given.
    /// When set, it also becomes `meta.locale`, so labels and dates follow the language.
    public var language: String?
    /// Keeps only untagged entries and list items, and those with at least one of these tags
    /// (`tags: [ml, research]`); nil keeps everything.
    public var tags: Set<String>?

    public init(language: String? = nil, tags: Set<String>? = nil) {
        self.language = language
        self.tags = tags
    }

    /// Whether `tag` looks like a BCP 47 language tag (`en`, `ko`, `zh-Hant`, `pt-BR`), which is
    /// how a map of language to text is told apart from other mappings.
    public static func isValidLanguage(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The key of `available` that serves `language`: the same tag, else the same primary
    /// language (`ko` for `ko-KR` and the other way round), else the first one.
    static func bestMatch(for language: String?, in available: [String]) -> Int? {
        guard !available.isEmpty else { return nil }
        guard let language = language?.lowercased() else { return 0 }
        let primary = { (tag: String) in tag.lowercased().split(separator: "-").first.map(String.init) ?? "" }
        return available.firstIndex { $0.lowercased() == language }
            ?? available.firstIndex { primary($0) == primary(language) }
            ?? 0
    }
}
