import ResumeThemes
import TeXTypesetting

/// A font the LaTeX output sets text in, and the characters it has.
public enum TeXFont: Sendable, Hashable {
    /// Latin Modern (or TeX Gyre Heros) through pdflatex's T1 and TS1 encodings (`fontenc`,
    /// `lmodern`, `textcomp`).
    case latinModernT1(ParagraphSettings.FontFamily)
    /// Latin Modern's (or TeX Gyre Heros's) OpenType fonts, which fontspec uses with XeLaTeX.
    case latinModern(ParagraphSettings.FontFamily)
    /// Noto CJK, which xeCJK sets Hangul, CJK ideographs and kana in, in the résumé's regional
    /// face: the serif one beside Latin Modern Roman and the sans one beside a sans family, as
    /// the built-in preambles pair them.
    case notoCJK(ParagraphSettings.FontFamily, CJKRegion)
    /// Computer Modern Unicode, which sets a document with Cyrillic or Greek (see
    /// ``CyrillicAndGreek``): CMU Serif for the roman family, CMU Sans Serif for a sans one.
    case computerModernUnicode(ParagraphSettings.FontFamily)
    /// Latin Modern Math, which sets the symbols the text fonts lack (see ``SymbolFont``).
    case latinModernMath

    /// `Latin Modern Roman`, `Noto Sans CJK KR`.
    public var name: String {
        switch self {
        case .latinModernT1(let family): "\(Self.latinModernName(family)) (T1 and TS1 encodings)"
        case .latinModern(let family): Self.latinModernName(family)
        case .notoCJK(let family, let region): family.isSerif ? region.serifFont : region.sansFont
        case .computerModernUnicode(let family): family.isSerif ? "CMU Serif" : "CMU Sans Serif"
        case .latinModernMath: SymbolFont.name
        }
    }

    /// Whether the font has a glyph for the character.
    func has(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .latinModernT1: scalar.isSetByPDFLaTeX
        case .latinModern(.latinModern): FontCoverage.latinModernRoman.contains(scalar)
        case .latinModern(.latinModernSans): FontCoverage.latinModernSans.contains(scalar)
        case .latinModern(.texGyreHeros): FontCoverage.texGyreHeros.contains(scalar)
        // Every regional face of the collection has the same characters as the KR one.
        case .notoCJK(let family, _): (family.isSerif ? FontCoverage.notoSerifCJKKR : FontCoverage.notoSansCJKKR).contains(scalar)
        case .computerModernUnicode(let family): (family.isSerif ? FontCoverage.cmuSerif : FontCoverage.cmuSans).contains(scalar)
        case .latinModernMath: FontCoverage.latinModernMath.contains(scalar)
        }
    }

    private static func latinModernName(_ family: ParagraphSettings.FontFamily) -> String {
        switch family {
        case .latinModern: "Latin Modern Roman"
        case .latinModernSans: "Latin Modern Sans"
        case .texGyreHeros: "TeX Gyre Heros"
        }
    }
}

/// The fonts a theme's LaTeX document sets its text in, and which of them each character goes to:
/// with pdflatex every character is set in the family's T1 or TS1 font; with XeLaTeX, xeCJK sets
/// the characters of its CJK classes in Noto CJK and fontspec every other one in the family's
/// OpenType fonts.
public struct TeXFonts: Sendable {
    public let engine: TeXEngine
    /// The theme's font family (`paragraph.font` in `theme.yaml`).
    package let family: ParagraphSettings.FontFamily
    /// The regional face of Noto CJK the résumé's CJK text is set in.
    package let region: CJKRegion
    /// Whether the document is set in CMU for its Cyrillic or Greek (and so loads no xeCJK).
    package let setsCyrillicAndGreekInCMU: Bool
    /// The theme's `\xeCJKDeclareCharClass` declarations, in order: characters it moves into
    /// xeCJK's CJK classes (`isCJK`) or out of them, such as dashes and quotes it gives the Latin font.
    private let classDeclarations: [(range: ClosedRange<UInt32>, isCJK: Bool)]

    public init(theme: Theme, engine: TeXEngine, region: CJKRegion = .korean, setsCyrillicAndGreekInCMU: Bool = false) {
        self.engine = engine
        self.region = region
        self.setsCyrillicAndGreekInCMU = engine == .xelatex && setsCyrillicAndGreekInCMU
        family = theme.manifest.paragraph.font
        // Only XeLaTeX documents load xeCJK.
        classDeclarations =
            engine == .pdflatex || self.setsCyrillicAndGreekInCMU
            ? []
            : theme.templates.files.keys.sorted()
                .filter { $0.hasPrefix("\(OutputFormat.tex.rawValue)/") }
                .flatMap { Self.classDeclarations(in: theme.templates.files[$0] ?? "") }
    }

    /// The font that sets the character.
    public func font(for scalar: Unicode.Scalar) -> TeXFont {
        switch engine {
        case .pdflatex: .latinModernT1(family)
        case .xelatex where setsCyrillicAndGreekInCMU: SymbolFont.sets(scalar) ? .latinModernMath : .computerModernUnicode(family)
        case .xelatex where isInCJKClass(scalar): .notoCJK(family, region)
        case .xelatex: SymbolFont.sets(scalar) ? .latinModernMath : .latinModern(family)
        }
    }

    /// Whether the document shows the character: its font has it, or escaping writes it as
    /// something else (a space, a tie, a hyphenation point).
    package func covers(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isSetFromFont || font(for: scalar).has(scalar)
    }
}

private extension TeXFonts {
    func isInCJKClass(_ scalar: Unicode.Scalar) -> Bool {
        let declared = classDeclarations.last { $0.range.contains(scalar.value) }
        return declared?.isCJK ?? FontCoverage.xeCJKDefaultCJKClasses.contains(scalar)
    }

    /// xeCJK's classes that it sets in the CJK font; the others (Default, HalfLeft, HalfRight,
    /// NormalSpace) are set in the main font.
    static let cjkClasses: Set<String> = ["CJK", "FullLeft", "FullRight", "CM", "HangulJamo"]

    /// The ranges of each `\xeCJKDeclareCharClass{Class}{"2013, "2018 -> "201D, …}` in a LaTeX
    /// template; items written otherwise (`` `x ``, decimal) are read too.
    static func classDeclarations(in template: String) -> [(range: ClosedRange<UInt32>, isCJK: Bool)] {
        // Looked for without its backslash: LaTeX is full of backslashes, and an x is rare.
        let command = "xeCJKDeclareCharClass"
        var declarations: [(range: ClosedRange<UInt32>, isCJK: Bool)] = []
        var rest = template[...]
        while let found = rest.firstByteRange(of: command) {
            rest = rest[found.upperBound...].drop { $0 == "*" || $0 == " " }
            guard let (className, afterClass) = braced(rest), let (list, afterList) = braced(afterClass.drop { $0 == " " })
            else { continue }
            rest = afterList
            let isCJK = cjkClasses.contains(className.trimmingHorizontalSpace)
            for item in list.split(separator: ",") {
                let arrow = item.firstByteRange(of: "->")
                let first = codePoint(arrow.map { item[..<$0.lowerBound] } ?? item[...])
                let last = arrow.map { codePoint(item[$0.upperBound...]) } ?? first
                guard let first, let last, first <= last else { continue }
                declarations.append((first...last, isCJK))
            }
        }
        return declarations
    }

    /// The text inside the braces `text` starts with, and what follows them.
    static func braced(_ text: Substring) -> (String, Substring)? {
        guard text.first == "{", let close = text.firstIndex(of: "}") else { return nil }
        return (String(text[text.index(after: text.startIndex)..<close]), text[text.index(after: close)...])
    }

    /// `"2013` (hexadecimal), `` `x `` (the character) or `8211` (decimal), as TeX reads a number.
    static func codePoint(_ item: Substring) -> UInt32? {
        let item = item.trimmingHorizontalSpace
        if item.hasPrefix("\"") { return UInt32(item.dropFirst(), radix: 16) }
        if item.hasPrefix("`") { return item.dropFirst().unicodeScalars.last?.value }
        return UInt32(item)
    }
}
