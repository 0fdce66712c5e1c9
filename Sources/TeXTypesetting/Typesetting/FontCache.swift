import Foundation

/// A text font (typeface, family, series, shape, size) in one encoding: what a glyph run is set in.
package struct FontKey: Hashable {
    var selection: FontSelection
    var encoding: LatinModern.Encoding

    package init(selection: FontSelection, encoding: LatinModern.Encoding) {
        self.selection = selection
        self.encoding = encoding
    }
}

/// A font as the setter uses it: TeX's scaled font with its glyph extents and the parameters a
/// paragraph reads, loaded once and shared by reference.
package final class LoadedFont: @unchecked Sendable {
    let key: FontKey
    let scaled: ScaledFont
    /// Width, height and depth of every slot; nil where the font has no character.
    let glyphs: [Extent?]
    /// `\fontdimen6` (1em) and `\fontdimen5` (1ex).
    package let quad: Int
    let xHeight: Int
    /// `\fontdimen1`: nonzero for italic and slanted fonts.
    let slant: Int
    /// `\fontdimen3`, the interword stretch, which `\textellipsis` uses as its kern.
    let stretch: Int

    /// For a font laid out from OpenType tables, its tables and the code point each slot sets.
    let openType: (font: OpenTypeWidths, characters: [UInt32?])?

    /// A font whose extents are its TFM's.
    convenience init(key: FontKey, scaled: ScaledFont) {
        self.init(key: key, scaled: scaled, glyphs: nil, openType: nil)
    }

    /// A font laid out from OpenType tables (``OpenTypeTFM``), whose heights and depths a TFM
    /// cannot hold.
    convenience init(key: FontKey, openType font: OpenTypeWidths, interwordShrink: @escaping (Int) -> Int = { $0 }) {
        let laidOut = OpenTypeTFM(font, encoding: key.encoding, size: key.selection.size, interwordShrink: interwordShrink)
        self.init(key: key, scaled: laidOut.scaled, glyphs: laidOut.extents, openType: (font, laidOut.characters))
    }

    private init(key: FontKey, scaled: ScaledFont, glyphs: [Extent?]?, openType: (font: OpenTypeWidths, characters: [UInt32?])?) {
        self.key = key
        self.scaled = scaled
        self.openType = openType
        self.glyphs = glyphs ?? (0...255).map { code in
            scaled.width(of: UInt8(code)).map { width in
                Extent(width: width, height: scaled.height(of: UInt8(code)) ?? 0, depth: scaled.depth(of: UInt8(code)) ?? 0)
            }
        }
        quad = scaled.parameter(6)
        xHeight = scaled.parameter(5)
        slant = scaled.parameter(1)
        stretch = scaled.parameter(3)
    }

    /// Runs already typeset, which résumés repeat (small words, numbers, punctuation).
    private var typesetRuns: [TypesetKey: MeasuredItems] = [:]
    private let lock = NSLock()

    private struct TypesetKey: Hashable {
        var codes: [UInt8]
        var explicitHyphenBreaks: Bool

        /// The codes hashed as one run of bytes, not one element at a time: every run of
        /// characters a paragraph sets is looked up.
        func hash(into hasher: inout Hasher) {
            codes.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(explicitHyphenBreaks)
        }
    }

    /// TeX's main loop over a run of codes (`ScaledFont.typeset`), remembered for the next time.
    func typeset(_ codes: [UInt8], explicitHyphenBreaks: Bool) -> [TypesetItem] {
        measured(codes, explicitHyphenBreaks: explicitHyphenBreaks).items
    }

    /// A run of codes typeset in this font, as a glyph run of a paragraph.
    func glyphRun(_ codes: [UInt8], explicitHyphenBreaks: Bool) -> GlyphRun {
        GlyphRun(font: self, measured: measured(codes, explicitHyphenBreaks: explicitHyphenBreaks))
    }

    /// The items `typeset` gives, measured; remembered for the next time.
    private func measured(_ codes: [UInt8], explicitHyphenBreaks: Bool) -> MeasuredItems {
        let key = TypesetKey(codes: codes, explicitHyphenBreaks: explicitHyphenBreaks)
        lock.lock()
        if let run = typesetRuns[key] {
            lock.unlock()
            return run
        }
        lock.unlock()
        let run = MeasuredItems(scaled.typeset(codes, boundaries: .both, explicitHyphenBreaks: explicitHyphenBreaks).items, in: self)
        lock.lock()
        if typesetRuns.count >= Self.rememberedRuns { typesetRuns.removeAll(keepingCapacity: true) }
        typesetRuns[key] = run
        lock.unlock()
        return run
    }

    /// How many runs a font remembers before it starts afresh.
    private static let rememberedRuns = 20000

    /// The extent of a slot, zero for a character the font lacks.
    @inline(__always)
    func extent(of code: UInt8) -> Extent {
        glyphs[Int(code)] ?? Extent()
    }

    /// The natural width, height and depth of typeset items.
    func extent(of items: [TypesetItem]) -> Extent {
        var extent = Extent()
        for item in items {
            switch item {
            case .character(let code), .ligature(let code, _, _, _):
                extent.append(self.extent(of: code))
            case .kern(let width):
                extent.width += width
            case .discretionary(let discretionary):
                extent.append(self.extent(of: discretionary.unbroken))
            }
        }
        return extent
    }
}

/// Fonts by key, loaded once per process and shared by every paragraph.
package final class FontCache: @unchecked Sendable {
    package static let shared = FontCache()

    private var fonts: [FontKey: LoadedFont?] = [:]
    private let lock = NSLock()

    /// The font LaTeX loads for the key, or nil when the typeface has none.
    package func font(_ key: FontKey) -> LoadedFont? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = fonts[key] { return cached }
        let selection = key.selection
        let font: LoadedFont?
        switch selection.typeface {
        case .latinModern:
            font = LatinModern.scaledFont(
                family: selection.family, series: selection.series, shape: selection.shape, size: selection.size,
                encoding: key.encoding
            ).map { LoadedFont(key: key, scaled: $0) }
        case .latinModernOpenType:
            font = OpenTypeWidths.latinModern(selection).map { face in
                selection.family == .heros
                    ? LoadedFont(key: key, openType: face, interwordShrink: Self.herosInterwordShrink) : LoadedFont(key: key, openType: face)
            }
        case .computerModernUnicode:
            font = LoadedFont(key: key, openType: OpenTypeWidths.computerModernUnicode(selection))
        }
        fonts[key] = font
        return font
    }

    /// TeX Gyre Heros's interword shrink times fontspec's `WordSpace` factor, as TeX multiplies a
    /// dimension by a decimal (§455: the fraction rounded to 2^-16, the product truncated).
    private static func herosInterwordShrink(_ shrink: Int) -> Int {
        TeXDimensionScanner(quad: shrink, xHeight: 0).dimension(LatinModern.Family.herosInterwordShrinkFactor + "em") ?? shrink
    }
}

extension LatinModern.Family {
    /// What fontspec's `WordSpace` multiplies TeX Gyre Heros's interword shrink by in a XeLaTeX
    /// document, so that it shrinks as its TFM does with pdflatex: the theme's setup passes it to
    /// fontspec, and the engine multiplies by it too.
    package static let herosInterwordShrinkFactor = "1.0036"
}
