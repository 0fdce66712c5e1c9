import Foundation
import TeXTypesetting

/// A typeface the PDF is set in, which the HTML embeds under the name fontconfig gives it, so a
/// reader who has it installed and one who has not see the same letters.
enum HTMLTypeface: String, Sendable, CaseIterable {
    case latinModernRoman = "Latin Modern Roman"
    /// The small capitals of Latin Modern Roman, a font of their own (`\scshape`).
    case latinModernRomanCaps = "Latin Modern Roman Caps"
    case latinModernSans = "Latin Modern Sans"
    case texGyreHeros = "TeX Gyre Heros"
    case cmuSerif = "CMU Serif"
    case cmuSans = "CMU Sans Serif"

    /// The licence the typeface is under, whose text is in the repository's LICENSES folder.
    var licence: String {
        switch self {
        case .latinModernRoman, .latinModernRomanCaps, .latinModernSans, .texGyreHeros: "GUST Font License"
        case .cmuSerif, .cmuSans: "SIL Open Font License 1.1"
        }
    }
}

/// Some of the characters of one face (typeface, weight, style) as a WOFF2 font, which the HTML
/// embeds in an `@font-face` rule when the résumé shows one of them. The subsets are cut from the
/// Debian fonts by `scripts/generate-html-fonts` into `HTMLFontSubsets.generated.swift`.
struct HTMLFontSubset: Sendable {
    /// Which characters of the face a subset has; a face is cut in parts so that an English page
    /// carries no Cyrillic.
    enum Part: Sendable {
        /// Basic Latin, Latin-1, punctuation and common symbols: embedded with every page, whose
        /// templates write bullets, dashes and separators of their own.
        case latin
        /// The other Latin letters and symbols: Latin Extended, Vietnamese, modifiers.
        case latinExtended
        /// Cyrillic and Greek.
        case cyrillicAndGreek
    }

    let typeface: HTMLTypeface
    let part: Part
    /// 400 or 700, as CSS writes weights.
    let weight: Int
    let italic: Bool
    /// Its characters as `0020-007E 00A0 …`.
    private let characters: String
    /// The WOFF2 font in base64, over several lines.
    private let woff2Lines: String

    /// A subset as the generated table writes it; nothing is decoded until a page asks for it,
    /// since a page uses a few of the fifty.
    init(typeface: HTMLTypeface, part: Part, weight: Int, italic: Bool, characters: String, woff2: String) {
        self.typeface = typeface
        self.part = part
        self.weight = weight
        self.italic = italic
        self.characters = characters
        woff2Lines = woff2
    }

    /// The characters it has.
    var coverage: FontCoverage { FontCoverage(ranges: characters) }

    /// Its characters as CSS writes them: `U+0020-007E, U+00A0-00FF, …`.
    var unicodeRange: String {
        characters.split(whereSeparator: \.isWhitespace).map { "U+" + $0 }.joined(separator: ", ")
    }

    /// The WOFF2 font, in base64 on one line.
    var woff2: String {
        String(decoding: woff2Lines.utf8.filter { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: " ") }, as: UTF8.self)
    }
}
