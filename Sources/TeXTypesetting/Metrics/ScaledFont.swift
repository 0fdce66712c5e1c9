/// A TFM font loaded at a size, with every dimension in scaled points exactly as TeX computes it
/// when it loads the font (`store_scaled`, TeX: The Program §571–§575).
package struct ScaledFont: Sendable {
    /// The unscaled tables.
    package let metrics: TFMFont
    /// The size the font is loaded at (`at` size), in scaled points.
    public let size: Int

    private let widths: [Int]
    private let heights: [Int]
    private let depths: [Int]
    private let italicCorrections: [Int]
    private let kerns: [Int]
    private let parameters: [Int]

    /// Loads a font at a size in scaled points (LaTeX loads every font with `at`).
    public init(_ metrics: TFMFont, size: Int) {
        self.metrics = metrics
        self.size = size
        let scaler = FixWordScaler(size: size)
        widths = metrics.widths.map(scaler.scale)
        heights = metrics.heights.map(scaler.scale)
        depths = metrics.depths.map(scaler.scale)
        italicCorrections = metrics.italicCorrections.map(scaler.scale)
        kerns = metrics.kerns.map(scaler.scale)
        // §575: the slant is a pure number kept to 2^-16; TeX provides at least seven parameters.
        var parameters = metrics.parameters.enumerated().map { index, value in
            index == 0 ? Int(value >> 4) : scaler.scale(value)
        }
        while parameters.count < 7 { parameters.append(0) }
        self.parameters = parameters
    }

    /// The character's width (`\wd` of `\hbox{\char code}`), or nil when the font lacks it.
    public func width(of code: UInt8) -> Int? {
        metrics.info(for: Int(code)).map { widths[Int($0.widthIndex)] }
    }

    /// The character's height, or nil when the font lacks it.
    package func height(of code: UInt8) -> Int? {
        metrics.info(for: Int(code)).map { heights[Int($0.heightIndex)] }
    }

    /// The character's depth, or nil when the font lacks it.
    package func depth(of code: UInt8) -> Int? {
        metrics.info(for: Int(code)).map { depths[Int($0.depthIndex)] }
    }

    /// The character's italic correction (`\/`), or nil when the font lacks it.
    package func italicCorrection(of code: UInt8) -> Int? {
        metrics.info(for: Int(code)).map { italicCorrections[Int($0.italicIndex)] }
    }

    /// The scaled kern of a kern instruction.
    package func kern(of instruction: TFMFont.LigatureKernInstruction) -> Int {
        kerns[instruction.kernIndex]
    }

    /// `\fontdimen n`: 1 slant (in 2^-16 units), 2 space, 3 stretch, 4 shrink, 5 x-height, 6 quad,
    /// 7 extra space; 0 for a parameter the font does not have.
    package func parameter(_ number: Int) -> Int {
        number >= 1 && number <= parameters.count ? parameters[number - 1] : 0
    }

    /// The interword space this font gives text (`\fontdimen2`–`4` and `7`).
    public var spacing: FontSpacing {
        FontSpacing(
            width: parameter(2), stretch: parameter(3), shrink: parameter(4), extraSpace: parameter(7))
    }
}

/// A font's interword space: natural width, stretch, shrink and the extra space after sentences.
package struct FontSpacing: Sendable, Equatable {
    public let width: Int
    package let stretch: Int
    package let shrink: Int
    package let extraSpace: Int

    /// The glue TeX appends for a space at a space factor, when `\spaceskip` and `\xspaceskip` are
    /// zero (§1042–§1044): extra space from 2000 on, stretch scaled up and shrink scaled down.
    package func glue(spaceFactor: Int) -> (width: Int, stretch: Int, shrink: Int) {
        guard spaceFactor != 1000 else { return (width, stretch, shrink) }
        return (
            spaceFactor >= 2000 ? width + extraSpace : width,
            stretch.timesRatio(spaceFactor, 1000),
            shrink.timesRatio(1000, spaceFactor)
        )
    }
}

/// TeX's conversion of a `fix_word` to scaled points at a size (§571–§572).
struct FixWordScaler {
    private let z: Int
    private let alpha: Int
    private let beta: Int

    init(size: Int) {
        var z = size
        var alpha = 16
        while z >= 0o40000000 {
            z /= 2
            alpha += alpha
        }
        self.z = z
        beta = 256 / alpha
        self.alpha = alpha * z
    }

    /// `store_scaled` applied to one `fix_word`.
    func scale(_ fixWord: Int32) -> Int {
        let word = UInt32(bitPattern: fixWord)
        let a = Int(word >> 24), b = Int((word >> 16) & 0xFF)
        let c = Int((word >> 8) & 0xFF), d = Int(word & 0xFF)
        let sw = (((((d * z) / 256) + (c * z)) / 256) + (b * z)) / beta
        return a == 0 ? sw : sw - alpha
    }
}

private extension Int {
    /// TeX's `xn_over_d` (§107): `self * n / d`, truncated toward zero.
    func timesRatio(_ n: Int, _ d: Int) -> Int {
        self * n / d
    }
}
