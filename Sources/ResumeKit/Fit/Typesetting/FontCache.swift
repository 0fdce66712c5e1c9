import Foundation

/// A Latin Modern font at a size in one encoding: what a glyph run is set in.
struct FontKey: Hashable {
    var selection: FontSelection
    var encoding: LatinModern.Encoding
}

/// Scaled fonts by key, loaded once per process and shared by every paragraph.
final class FontCache: @unchecked Sendable {
    static let shared = FontCache()

    private var fonts: [FontKey: ScaledFont?] = [:]
    private let lock = NSLock()

    /// The font LaTeX loads for the key, or nil when Latin Modern has none.
    func font(_ key: FontKey) -> ScaledFont? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = fonts[key] { return cached }
        let font = LatinModern.scaledFont(
            series: key.selection.series, shape: key.selection.shape, size: key.selection.size, encoding: key.encoding)
        fonts[key] = font
        return font
    }
}
