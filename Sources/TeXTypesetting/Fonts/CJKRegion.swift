/// Which regional face of Noto CJK sets a résumé's Chinese, Japanese or Korean text.
///
/// Han characters are unified in Unicode but drawn differently in each region (骨, 直 and 化 have
/// other strokes in Japan, mainland China and Taiwan), so a Japanese résumé set in the Korean face
/// looks wrong to its reader. The résumé's language decides; without one, its text does: Hangul
/// is Korean, kana Japanese, Han alone Simplified Chinese. Every face of the collection has the
/// same characters, so the choice changes how text looks, never whether it shows.
public enum CJKRegion: String, Sendable, CaseIterable {
    case korean = "KR", japanese = "JP", simplifiedChinese = "SC", traditionalChinese = "TC", hongKong = "HK"

    /// The region of a language tag (`ja`, `zh-TW`, `zh-Hant-HK`), or of the text when the tag
    /// names no CJK language.
    public init(locale: String?, text: some Sequence<String>) {
        self = locale.flatMap(Self.init(languageTag:)) ?? Self(script: text) ?? .korean
    }

    /// The region the text's letters are written in: Korean with Hangul, Japanese with kana (the
    /// first of the two decides), Simplified Chinese with Han alone; nil without any of them.
    package init?(script text: some Sequence<String>) {
        var hasHan = false
        for value in text {
            for scalar in value.unicodeScalars where scalar.value >= 0x2E80 {
                switch scalar.value {
                case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: self = .korean; return
                case 0x3040...0x30FF, 0x31F0...0x31FF: self = .japanese; return
                case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: hasHan = true
                default: break
                }
            }
        }
        guard hasHan else { return nil }
        self = .simplifiedChinese
    }

    /// The language tag of text written in this region, as HTML's `lang` gives it.
    package var languageTag: String {
        switch self {
        case .korean: "ko"
        case .japanese: "ja"
        case .simplifiedChinese: "zh-Hans"
        case .traditionalChinese: "zh-Hant"
        case .hongKong: "zh-HK"
        }
    }

    /// Whether text of this region reads as the language of a document in `document`: Korean in
    /// Korean, kana in Japanese, and Han alone in Japanese or any Chinese (Han in a Korean
    /// document is taken for Chinese, as Korean is written in Hangul).
    package func belongs(to document: CJKRegion?) -> Bool {
        switch (self, document) {
        case (_, nil): false
        case (.simplifiedChinese, .japanese?), (.simplifiedChinese, .simplifiedChinese?),
            (.simplifiedChinese, .traditionalChinese?), (.simplifiedChinese, .hongKong?):
            true
        case (let run, let document?): run == document
        }
    }

    /// The serif face: `Noto Serif CJK JP`.
    package var serifFont: String { "Noto Serif CJK \(rawValue)" }
    /// The sans-serif face: `Noto Sans CJK JP`.
    package var sansFont: String { "Noto Sans CJK \(rawValue)" }

    /// Whether words are separated by spaces, which line breaking keeps (Korean); Chinese and
    /// Japanese break between any two characters.
    package var separatesWords: Bool { self == .korean }

    /// The region of a language tag (`ko`, `zh-Hant-HK`); nil for a language not written in CJK.
    package init?(languageTag tag: String) {
        let subtags = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" })
        switch subtags.first {
        case "ko": self = .korean
        case "ja": self = .japanese
        case "zh":
            let rest = Set(subtags.dropFirst())
            if !rest.isDisjoint(with: ["hk", "mo"]) {
                self = .hongKong
            } else if !rest.isDisjoint(with: ["hant", "tw"]) {
                self = .traditionalChinese
            } else {
                self = .simplifiedChinese
            }
        default: return nil
        }
    }
}

extension Unicode.Scalar {
    /// Hangul, CJK ideographs, kana, full-width and half-width forms and the vertical and small
    /// forms of CJK punctuation in xeCJK's classes: the characters xeCJK sets (in Noto CJK, with its glue and
    /// punctuation rules), for which a document keeps xeCJK rather than CMU.
    package var isWide: Bool {
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE50,
            0xFE52, 0xFE54...0xFE57, 0xFE59...0xFE5E, 0xFE69...0xFE6A, 0xFF00...0xFF9F, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
