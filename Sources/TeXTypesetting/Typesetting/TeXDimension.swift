/// Reads lengths and glue as TeX scans them (TeX: The Program §448–§463), so that `0.6em`,
/// `18mm` or `0pt plus 4em` become the very scaled points TeX computes.
package struct TeXDimensionScanner {
    /// The current font's quad (`1em`) and x-height (`1ex`), in sp.
    var quad: Int
    var xHeight: Int

    package init(quad: Int, xHeight: Int) {
        self.quad = quad
        self.xHeight = xHeight
    }

    /// A dimension such as `12.5pt`, `-0.5em` or `18mm` with nothing after it, or nil.
    package func dimension(_ text: some StringProtocol) -> Int? {
        var scanner = TextScanner(text)
        guard let value = scanner.dimension(quad: quad, xHeight: xHeight, allowsFil: false), scanner.isAtEnd else { return nil }
        return value.amount
    }

    /// Glue such as `0pt plus 1fil` or `1.5em minus 1pt` with nothing after it, or nil (also for
    /// infinite shrink, which paragraphs here never use).
    func glue(_ text: some StringProtocol) -> Glue? {
        var scanner = TextScanner(text)
        guard let glue = scanner.glue(quad: quad, xHeight: xHeight) else { return nil }
        scanner.skipSpaces()
        return scanner.isAtEnd ? glue : nil
    }
}

/// A cursor over TeX source text for numbers, keywords, dimensions and glue.
struct TextScanner {
    private let characters: [Unicode.Scalar]
    private(set) var position = 0

    init(_ text: some StringProtocol) {
        characters = Array(text.unicodeScalars)
    }

    var isAtEnd: Bool { position >= characters.count }

    mutating func skipSpaces() {
        while position < characters.count, characters[position] == " " || characters[position] == "\n" { position += 1 }
    }

    /// Consumes a keyword such as `plus`, in any case, after optional spaces.
    mutating func keyword(_ word: String) -> Bool {
        let start = position
        skipSpaces()
        for expected in word.unicodeScalars {
            guard position < characters.count, Self.lowercase(characters[position], is: expected) else {
                position = start
                return false
            }
            position += 1
        }
        return true
    }

    /// An optionally signed integer (`\penalty-50`), with at most one space after it.
    mutating func integer() -> Int? {
        skipSpaces()
        var negative = false
        while position < characters.count, characters[position] == "-" || characters[position] == "+" {
            if characters[position] == "-" { negative.toggle() }
            position += 1
            skipSpaces()
        }
        var value = 0
        var digits = 0
        while position < characters.count, let digit = characters[position].decimalDigit {
            value = value * 10 + digit
            digits += 1
            position += 1
        }
        guard digits > 0 else { return nil }
        if position < characters.count, characters[position] == " " { position += 1 }
        return negative ? -value : value
    }

    /// A dimension with its sign; with `allowsFil`, also `fil`, `fill` and `filll` units (§454).
    mutating func dimension(quad: Int, xHeight: Int, allowsFil: Bool) -> (amount: Int, order: Int)? {
        skipSpaces()
        var negative = false
        while position < characters.count, characters[position] == "-" || characters[position] == "+" {
            if characters[position] == "-" { negative.toggle() }
            position += 1
            skipSpaces()
        }
        var whole = 0
        var digits: [Int] = []
        var sawDigit = false
        while position < characters.count, let digit = characters[position].decimalDigit {
            whole = whole * 10 + digit
            sawDigit = true
            position += 1
        }
        if position < characters.count, characters[position] == "." || characters[position] == "," {
            position += 1
            while position < characters.count, let digit = characters[position].decimalDigit {
                if digits.count < 17 { digits.append(digit) }
                sawDigit = true
                position += 1
            }
        }
        guard sawDigit else { return nil }
        let fraction = Self.roundDecimals(digits)
        var result: Int
        var order = 0
        if allowsFil, keyword("fil") {
            order = 1
            while order < 3, keyword("l") { order += 1 }
            result = whole * 65536 + fraction
        } else if keyword("em") {
            result = whole * quad + quad.texRatio(fraction, 65536)
        } else if keyword("ex") {
            result = whole * xHeight + xHeight.texRatio(fraction, 65536)
        } else if keyword("pt") {
            result = whole * 65536 + fraction
        } else if keyword("sp") {
            result = whole
        } else if let (numerator, denominator) = physicalUnit() {
            let scaled = whole * numerator
            let wholePart = scaled / denominator
            let remainder = scaled % denominator
            let f = (numerator * fraction + 65536 * remainder) / denominator
            result = (wholePart + f / 65536) * 65536 + f % 65536
        } else {
            return nil
        }
        if position < characters.count, characters[position] == " " { position += 1 }
        return (negative ? -result : result, order)
    }

    /// Glue: a dimension, then optional `plus` and `minus` parts (§461–§462).
    mutating func glue(quad: Int, xHeight: Int) -> Glue? {
        guard let width = dimension(quad: quad, xHeight: xHeight, allowsFil: false) else { return nil }
        var glue = Glue(width: width.amount)
        if keyword("plus") {
            guard let stretch = dimension(quad: quad, xHeight: xHeight, allowsFil: true) else { return nil }
            glue.stretch = stretch.amount
            glue.stretchOrder = stretch.order
        }
        if keyword("minus") {
            guard let shrink = dimension(quad: quad, xHeight: xHeight, allowsFil: true), shrink.order == 0 else { return nil }
            glue.shrink = shrink.amount
        }
        return glue
    }

    /// The ratio of a physical unit to the point (§458).
    private mutating func physicalUnit() -> (Int, Int)? {
        let units: [(String, Int, Int)] = [
            ("in", 7227, 100), ("pc", 12, 1), ("cm", 7227, 254), ("mm", 7227, 2540),
            ("bp", 7227, 7200), ("dd", 1238, 1157), ("cc", 14856, 1157),
        ]
        for (name, numerator, denominator) in units where keyword(name) {
            return (numerator, denominator)
        }
        return nil
    }

    /// Whether `scalar` in lower case is `letter`: by ASCII for an ASCII scalar, else by its
    /// Unicode lower-case mapping.
    private static func lowercase(_ scalar: Unicode.Scalar, is letter: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.lowercaseMapping == String(letter) }
        let value = scalar.value
        return (value >= 0x41 && value <= 0x5A ? value + 0x20 : value) == letter.value
    }

    /// TeX's `round_decimals` (§102): a decimal fraction as a multiple of 2^-16.
    static func roundDecimals(_ digits: [Int]) -> Int {
        var a = 0
        for digit in digits.reversed() {
            a = (a + digit * 0o400000) / 10
        }
        return (a + 1) / 2
    }
}

extension Int {
    /// TeX's `xn_over_d` for the values used here: `self * n / d`, truncated toward zero.
    func texRatio(_ n: Int, _ d: Int) -> Int {
        self * n / d
    }
}

private extension Unicode.Scalar {
    /// The value of an ASCII digit.
    var decimalDigit: Int? {
        value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }
}
