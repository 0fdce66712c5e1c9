import ResumeThemes
import TeXTypesetting

/// The fonts of a résumé's HTML: the typefaces its PDF is set in, embedded as the subsets of them
/// its text needs, and for Chinese, Japanese and Korean a system font stack per language (Noto CJK
/// and the fonts of the common platforms are too large to embed).
struct HTMLFonts: Sendable {
    /// The typeface the text is set in, as the PDF sets it.
    let text: HTMLTypeface
    /// The typeface of small capitals, when they have one of their own.
    let smallCaps: HTMLTypeface?
    /// Whether CJK text falls back to serif faces (a roman theme) or sans-serif ones.
    let serif: Bool

    /// The typefaces of a theme's font, or CMU's when the PDF sets the résumé's Cyrillic and
    /// Greek (and so all its text) in Computer Modern Unicode.
    init(font: ParagraphSettings.FontFamily, cyrillicAndGreek: Bool) {
        switch (font, cyrillicAndGreek) {
        case (.latinModern, false): (text, smallCaps, serif) = (.latinModernRoman, .latinModernRomanCaps, true)
        case (.latinModern, true): (text, smallCaps, serif) = (.cmuSerif, nil, true)
        case (.latinModernSans, false): (text, smallCaps, serif) = (.latinModernSans, nil, false)
        case (.latinModernSans, true), (.texGyreHeros, true): (text, smallCaps, serif) = (.cmuSans, nil, false)
        case (.texGyreHeros, false): (text, smallCaps, serif) = (.texGyreHeros, nil, false)
        }
    }

    /// The subsets to embed for a page showing these texts: every face's Latin part, and the
    /// other parts only when a text has one of their characters.
    func subsets(showing texts: some Sequence<String>) -> [HTMLFontSubset] {
        let typefaces = [text] + (smallCaps.map { [$0] } ?? [])
        let candidates = HTMLFontSubset.all.filter { typefaces.contains($0.typeface) }
        // Every face of a typeface is cut into the same parts, so the text face's tell which are shown.
        let parts = candidates.filter { $0.typeface == text && $0.weight == 400 && !$0.italic && $0.part != .latin }
            .map { ($0.part, $0.coverage) }
        var shown = Set<HTMLFontSubset.Part>([.latin])
        for text in texts {
            for scalar in text.unicodeScalars where scalar.value > 0xFF {
                for (part, coverage) in parts where !shown.contains(part) && coverage.contains(scalar) {
                    shown.insert(part)
                }
            }
        }
        return candidates.filter { shown.contains($0.part) }
    }
}

extension CJKRegion {
    /// The CSS selectors of the languages written in this region's characters; the rules are
    /// written in `allCases` order, so a more particular tag (`zh-TW`) overrides `zh`.
    var languageSelectors: [String] {
        switch self {
        case .korean: [":lang(ko)"]
        case .japanese: [":lang(ja)"]
        case .simplifiedChinese: [":lang(zh)", ":lang(zh-Hans)", ":lang(zh-CN)", ":lang(zh-SG)"]
        case .traditionalChinese: [":lang(zh-Hant)", ":lang(zh-TW)"]
        case .hongKong: [":lang(zh-HK)", ":lang(zh-MO)", ":lang(zh-Hant-HK)"]
        }
    }

    /// The system fonts that show this region's characters as it draws them, Noto CJK (the PDF's)
    /// first, then those of macOS, Windows and other Linux systems; serif faces for a roman theme,
    /// sans-serif ones after them for either.
    func systemFonts(serif: Bool) -> [String] {
        let serifFonts: [String]
        let sansFonts: [String]
        switch self {
        case .korean:
            serifFonts = [serifFont, "Noto Serif KR", "AppleMyungjo", "Batang", "NanumMyeongjo"]
            sansFonts = [sansFont, "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "NanumGothic"]
        case .japanese:
            serifFonts = [serifFont, "Noto Serif JP", "Hiragino Mincho ProN", "Yu Mincho", "MS Mincho"]
            sansFonts = [sansFont, "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo"]
        case .simplifiedChinese:
            serifFonts = [serifFont, "Noto Serif SC", "Songti SC", "STSong", "SimSun"]
            sansFonts = [sansFont, "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei"]
        case .traditionalChinese:
            serifFonts = [serifFont, "Noto Serif TC", "Songti TC", "PMingLiU"]
            sansFonts = [sansFont, "Noto Sans TC", "PingFang TC", "Microsoft JhengHei"]
        case .hongKong:
            serifFonts = [serifFont, "Noto Serif HK", "Songti TC", "MingLiU_HKSCS"]
            sansFonts = [sansFont, "Noto Sans HK", "PingFang HK", "Microsoft JhengHei"]
        }
        return serif ? serifFonts + sansFonts : sansFonts
    }
}
