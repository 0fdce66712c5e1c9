import Foundation

/// The Latin Modern fonts that LaTeX's `lmodern` package selects, and TeX Gyre Heros (the
/// `modern` theme's sans serif), with their TFM metrics.
package enum LatinModern {
    /// An NFSS font family of Latin Modern (`\fontfamily`).
    package enum Family: String, Sendable, CaseIterable {
        /// `lmr`, Latin Modern Roman: the serif family, the document default with `lmodern`.
        case roman = "lmr"
        /// `lmss`, Latin Modern Sans: what `\sffamily` selects.
        case sans = "lmss"
        /// `qhv`, TeX Gyre Heros: a Helvetica-like sans serif (Debian `tex-gyre`), which a theme's
        /// setup makes `\sffamily` (`paragraph.font: tex-gyre-heros`).
        case heros = "qhv"
    }

    /// A LaTeX font series (`\fontseries`).
    package enum Series: String, Sendable, CaseIterable {
        /// `m`, the default (`\mdseries`).
        case regular = "m"
        /// `bx`, bold extended: what `\textbf` and `\bfseries` select.
        case bold = "bx"
        /// `b`, bold at normal width: only `\fontseries{b}` selects it.
        case boldNotExtended = "b"
        /// `sbc`, semibold condensed: Latin Modern Sans only, through `\fontseries{sbc}`.
        case semiboldCondensed = "sbc"
    }

    /// A LaTeX font shape (`\fontshape`).
    package enum Shape: String, Sendable, CaseIterable {
        case upright = "n"
        case italic = "it"
        case smallCaps = "sc"
        case slanted = "sl"
    }

    /// A LaTeX font encoding: T1 (Cork) for text, TS1 for text symbols such as `\texttimes`.
    package enum Encoding: String, Sendable, CaseIterable {
        case t1 = "T1"
        case ts1 = "TS1"
    }

    /// The metrics of a TFM file by name, such as `ec-lmr10`, `ts1-lmr10` or `ec-lmss10`.
    public static func font(named name: String) -> TFMFont? {
        decodedFonts.font(named: name)
    }

    /// The TFM that LaTeX loads for a family, series, shape and size (in scaled points), following
    /// the NFSS font definitions: size ranges, `sub` and `ssub` substitutions (which may lead to
    /// another family, as sans small caps do to roman ones), and the fallback to shape `n` that
    /// LaTeX makes (with a warning) for an undefined shape such as bold small caps.
    public static func font(
        family: Family = .roman, series: Series, shape: Shape, size: Int, encoding: Encoding = .t1
    ) -> TFMFont? {
        fontName(
            family: family.rawValue, series: series.rawValue, shape: shape.rawValue, size: size,
            encoding: encoding.rawValue
        ).flatMap(font(named:))
    }

    /// The font at a size: what a LaTeX font switch at that size typesets with.
    package static func scaledFont(
        family: Family = .roman, series: Series, shape: Shape, size: Int, encoding: Encoding = .t1
    ) -> ScaledFont? {
        font(family: family, series: series, shape: shape, size: size, encoding: encoding).map {
            ScaledFont($0, size: size)
        }
    }

    /// Every TFM name the tables hold.
    package static var fontNames: [String] { allEncodedFonts.map(\.name) }

    /// Fonts are decoded on first use: a résumé needs a handful of the ninety-eight.
    private static let decodedFonts = DecodedFonts(allEncodedFonts)

    /// The generated tables of both sources, Latin Modern's and TeX Gyre Heros's.
    private static let allEncodedFonts = encodedFonts + texGyreHerosEncodedFonts
    fileprivate static let allSizeRanges = sizeRanges + texGyreHerosSizeRanges
}

/// The embedded TFM tables by name, each decoded once when first asked for.
private final class DecodedFonts: @unchecked Sendable {
    private let encoded: [String: EncodedTFM]
    private var decoded: [String: TFMFont] = [:]
    private let lock = NSLock()

    init(_ fonts: [EncodedTFM]) {
        encoded = Dictionary(uniqueKeysWithValues: fonts.map { ($0.name, $0) })
    }

    func font(named name: String) -> TFMFont? {
        lock.lock()
        defer { lock.unlock() }
        if let font = decoded[name] { return font }
        guard let font = encoded[name]?.decoded() else { return nil }
        decoded[name] = font
        return font
    }
}

/// One size range of an NFSS font shape declaration (`<lower-upper> name`), sizes in scaled points.
struct FontSizeRange: Sendable {
    /// What a matching size loads.
    enum Target: Sendable {
        case font(String)
        case substitute(family: String, series: String, shape: String)
    }

    let encoding: String
    let family: String
    let series: String
    let shape: String
    /// The smallest size in the range, or nil for no lower bound.
    let lower: Int?
    /// The first size past the range, or nil for no upper bound.
    let upper: Int?
    let target: Target

    func contains(_ size: Int) -> Bool {
        (lower.map { size >= $0 } ?? true) && (upper.map { size < $0 } ?? true)
    }
}

private extension LatinModern {
    static func fontName(
        family: String, series: String, shape: String, size: Int, encoding: String, depth: Int = 0
    ) -> String? {
        let ranges = allSizeRanges.filter {
            $0.encoding == encoding && $0.family == family && $0.series == series && $0.shape == shape
        }
        guard !ranges.isEmpty else {
            // NFSS falls back to the default shape of the same series for an undefined shape.
            return shape == "n" || depth > 2
                ? nil
                : fontName(family: family, series: series, shape: "n", size: size, encoding: encoding, depth: depth + 1)
        }
        guard let range = ranges.first(where: { $0.contains(size) }) else { return nil }
        switch range.target {
        case .font(let name):
            return name
        case .substitute(let family, let series, let shape):
            guard depth < 3 else { return nil }
            return fontName(family: family, series: series, shape: shape, size: size, encoding: encoding, depth: depth + 1)
        }
    }
}
