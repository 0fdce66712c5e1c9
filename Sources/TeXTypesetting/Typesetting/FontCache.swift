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
    private var typesetRuns = TypesetRuns()
    private let lock = NSLock()

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
        let key = TypesetRuns.Key(codes: codes, explicitHyphenBreaks: explicitHyphenBreaks)
        lock.lock()
        let known = typesetRuns[key]
        lock.unlock()
        if let known { return known }
        let run = MeasuredItems(scaled.typeset(codes, boundaries: .both, explicitHyphenBreaks: explicitHyphenBreaks).items, in: self)
        lock.lock()
        if typesetRuns.count >= Self.rememberedRuns { typesetRuns = TypesetRuns() }
        typesetRuns.insert(run, for: key)
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

/// Runs of codes typeset in one font, in a table open-addressed by a digest of their codes
/// (FNV-1a) worked out once per run: every run of characters a paragraph sets is looked up, and a
/// `Dictionary` hashing the run's bytes through `Hasher` cost half as much as typesetting it.
private struct TypesetRuns {
    /// A run's codes and whether hyphens break in it, with their digest.
    struct Key {
        let codes: [UInt8]
        let explicitHyphenBreaks: Bool
        let digest: UInt64

        init(codes: [UInt8], explicitHyphenBreaks: Bool) {
            self.codes = codes
            self.explicitHyphenBreaks = explicitHyphenBreaks
            var digest: UInt64 = explicitHyphenBreaks ? 0xcbf2_9ce4_8422_2325 : 0x8422_2325_cbf2_9ce4
            for code in codes { digest = (digest ^ UInt64(code)) &* 0x100_0000_01b3 }
            self.digest = digest
        }

        func matches(_ other: Key) -> Bool {
            digest == other.digest && explicitHyphenBreaks == other.explicitHyphenBreaks && codes == other.codes
        }
    }

    private var entries: [(key: Key, run: MeasuredItems)] = []
    /// For each slot, the index of its entry, or -1 when empty: a power of two slots, at most
    /// half of them taken.
    private var slots = [Int](repeating: -1, count: 64)

    var count: Int { entries.count }

    /// The run remembered for `key`, if any.
    subscript(key: Key) -> MeasuredItems? {
        let slot = slot(of: key)
        return slots[slot] < 0 ? nil : entries[slots[slot]].run
    }

    /// Remembers `run` for `key`, unless a run is already remembered for it.
    mutating func insert(_ run: MeasuredItems, for key: Key) {
        if (entries.count + 1) * 2 > slots.count {
            slots = [Int](repeating: -1, count: slots.count * 2)
            for (index, entry) in entries.enumerated() { slots[slot(of: entry.key)] = index }
        }
        let slot = slot(of: key)
        guard slots[slot] < 0 else { return }
        slots[slot] = entries.count
        entries.append((key, run))
    }

    /// The slot holding `key`, or the empty one where it would go.
    private func slot(of key: Key) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: key.digest) & mask
        while slots[slot] >= 0, !entries[slots[slot]].key.matches(key) { slot = (slot + 1) & mask }
        return slot
    }
}

/// Fonts by key, loaded once per process and shared by every paragraph.
package final class FontCache: @unchecked Sendable {
    package static let shared = FontCache()

    /// The fonts loaded so far, in the order first asked for: a document uses a dozen or two, which
    /// a scan finds sooner than a dictionary hashes a key's six fields.
    private var fonts: [(key: FontKey, font: LoadedFont?)] = []
    private let lock = NSLock()

    /// The font LaTeX loads for the key, or nil when the typeface has none.
    package func font(_ key: FontKey) -> LoadedFont? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = fonts.first(where: { $0.key == key }) { return cached.font }
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
        fonts.append((key, font))
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
