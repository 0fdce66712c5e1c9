import Foundation

/// A Latin Modern font at a size in one encoding: what a glyph run is set in.
struct FontKey: Hashable {
    var selection: FontSelection
    var encoding: LatinModern.Encoding
}

/// A font as the setter uses it: TeX's scaled font with its glyph extents and the parameters a
/// paragraph reads, loaded once and shared by reference.
final class LoadedFont: Sendable {
    let key: FontKey
    let scaled: ScaledFont
    /// Width, height and depth of every slot; nil where the font has no character.
    let glyphs: [Extent?]
    /// `\fontdimen6` (1em) and `\fontdimen5` (1ex).
    let quad: Int
    let xHeight: Int
    /// `\fontdimen1`: nonzero for italic and slanted fonts.
    let slant: Int
    /// `\fontdimen3`, the interword stretch, which `\textellipsis` uses as its kern.
    let stretch: Int

    init(key: FontKey, scaled: ScaledFont) {
        self.key = key
        self.scaled = scaled
        glyphs = (0...255).map { code in
            scaled.width(of: UInt8(code)).map { width in
                Extent(width: width, height: scaled.height(of: UInt8(code)) ?? 0, depth: scaled.depth(of: UInt8(code)) ?? 0)
            }
        }
        quad = scaled.parameter(6)
        xHeight = scaled.parameter(5)
        slant = scaled.parameter(1)
        stretch = scaled.parameter(3)
    }

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
final class FontCache: @unchecked Sendable {
    static let shared = FontCache()

    private var fonts: [FontKey: LoadedFont?] = [:]
    private let lock = NSLock()

    /// The font LaTeX loads for the key, or nil when Latin Modern has none.
    func font(_ key: FontKey) -> LoadedFont? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = fonts[key] { return cached }
        let font = LatinModern.scaledFont(
            series: key.selection.series, shape: key.selection.shape, size: key.selection.size, encoding: key.encoding
        ).map { LoadedFont(key: key, scaled: $0) }
        fonts[key] = font
        return font
    }
}
