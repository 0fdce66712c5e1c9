import Foundation

/// The advance widths of an OpenType font's characters (its `hmtx`, through its `cmap`) and their
/// heights and depths (the glyphs' bounding boxes, which XeTeX takes as a character's), for the
/// fonts a XeLaTeX document is set in: CMU for Cyrillic and Greek, Latin Modern's or TeX Gyre
/// Heros's OpenType faces for every other document, and Latin Modern Math for the symbols the text
/// fonts lack. The tables are in `OpenTypeWidths.generated.swift` (`scripts/generate-opentype-widths`).
///
/// The text faces' tables have every character of the face, with the kerning and ligatures XeTeX's
/// shaper applies between them and each glyph's italic correction: `OpenTypeTFM` lays them out as
/// TFM fonts for TeX's main loop.
final class OpenTypeWidths: Sendable {
    let unitsPerEm: Int
    /// `\fontdimen1` as XeTeX sets it (minus the tangent of the italic angle), in 2^-16.
    let slant: Int
    /// `\fontdimen5`, the x-height, in font units.
    let xHeight: Int
    /// Advance, height, depth and italic correction in font units, by code point.
    private let glyphs: [UInt32: Glyph]
    /// The x advance adjustments between characters, in font units.
    private let kerning: Kerning
    /// The ligature two characters make (the `liga` feature), keyed by their code points (first << 32 | second).
    let ligatures: [UInt64: UInt32]
    /// The characters that begin a ligature of `ligatures`.
    private let ligatureFirsts: Set<UInt32>
    /// ``OpenTypeTFM``'s slots of the face in each encoding, worked out once for all its sizes.
    let tfmSlots = EncodingSlots()

    /// What each slot of an encoding holds, kept once worked out.
    final class EncodingSlots: @unchecked Sendable {
        private var slots: [LatinModern.Encoding: [UInt32?]] = [:]
        private let lock = NSLock()

        func slots(in encoding: LatinModern.Encoding, workedOut: () -> [UInt32?]) -> [UInt32?] {
            lock.withLock {
                if let known = slots[encoding] { return known }
                let made = workedOut()
                slots[encoding] = made
                return made
            }
        }
    }

    private struct Glyph {
        var advance: Int
        var height: Int
        var depth: Int
        var italicCorrection: Int
    }

    /// The characters of a family's faces that kern alike in every face, as classes: `firsts` and
    /// `seconds` are lines of code points (`0041-0045 00C0`), one line a class.
    ///
    /// A character is in one class of each kind at most, as in an OpenType class definition table.
    struct KerningClasses: Sendable {
        let firsts: [[UInt32]]
        let seconds: [[UInt32]]
        /// The class of `firsts` each character is in.
        let classOfFirst: [UInt32: Int]
        /// The class of `seconds` each character is in.
        let classOfSecond: [UInt32: Int]

        init(firsts: String, seconds: String) {
            self.firsts = Self.classes(firsts)
            self.seconds = Self.classes(seconds)
            classOfFirst = Self.classIndex(self.firsts)
            classOfSecond = Self.classIndex(self.seconds)
        }

        /// Each member's class; of two classes naming one character, the later.
        private static func classIndex(_ classes: [[UInt32]]) -> [UInt32: Int] {
            var index: [UInt32: Int] = [:]
            for (number, members) in classes.enumerated() {
                for member in members { index[member] = number }
            }
            return index
        }

        /// Each line's code points, a range `0041-0045` standing for all of them.
        private static func classes(_ text: String) -> [[UInt32]] {
            var classes: [[UInt32]] = []
            TableWords.forEachLine(of: text) { line in
                var members: [UInt32] = []
                while var word = line.nextWord() {
                    guard let first = word.hexadecimal() else { continue }
                    var last = first
                    if word.next == UInt8(ascii: "-") {
                        word.skip()
                        last = word.hexadecimal() ?? first
                    }
                    if first <= last { members += first...last }
                }
                classes.append(members)
            }
            return classes
        }
    }

    /// `advances`: lines of `0410:750,683,0 708,683,0,12 …`, a hexadecimal code point and the
    /// advance, height, depth (and italic correction, when there is one) of it and of the code
    /// points after it, in font units. `kerning`: lines of `0410 0422:-83 0423:-83 …`, a first
    /// character and each second one with the adjustment between them. `ligatures`: words
    /// `0066+0069:FB01`, two characters and the ligature they make.
    convenience init(unitsPerEm: Int, slant: Int = 0, xHeight: Int = 0, advances: String, kerning: String, ligatures: String = "") {
        // Gathered a first character at a time: its lines come one after another.
        var kerns: [UInt32: [Kerning.Pair]] = [:]
        var first: UInt32?
        var pairs: [Kerning.Pair] = []
        func keep() {
            if let first, !pairs.isEmpty { kerns[first, default: []] += pairs }
            pairs.removeAll(keepingCapacity: true)
        }
        TableWords.forEachLine(of: kerning) { line in
            guard var lead = line.nextWord(), !lead.contains(UInt8(ascii: ":")), let lineFirst = lead.hexadecimal() else { return }
            if lineFirst != first {
                keep()
                first = lineFirst
            }
            while var word = line.nextWord() {
                guard let second = word.hexadecimal(), word.next == UInt8(ascii: ":") else { continue }
                word.skip()
                pairs.append(Kerning.Pair(second: second, units: Int32(clamping: word.decimal() ?? 0)))
            }
        }
        keep()
        self.init(
            unitsPerEm: unitsPerEm, slant: slant, xHeight: xHeight, advances: advances,
            kerning: .pairs(kerns.mapValues(Kerning.Pair.bySecond)), ligatures: ligatures)
    }

    /// A face whose kerning is between classes of characters: `classKerning` has lines of
    /// `1 -28:5,7,9-11 -83:8 …`, a class of `kerning.firsts`, then each adjustment with the classes
    /// of `kerning.seconds` it stands between that class and (`9-11` for 9, 10 and 11).
    convenience init(
        unitsPerEm: Int, slant: Int = 0, xHeight: Int = 0, advances: String, kerning classes: KerningClasses,
        classKerning: String, ligatures: String = ""
    ) {
        var values = [Int32](repeating: Kerning.none, count: classes.firsts.count * classes.seconds.count)
        TableWords.forEachLine(of: classKerning) { line in
            guard var lead = line.nextWord(), let firstClass = lead.decimal(), classes.firsts.indices.contains(firstClass) else { return }
            while var word = line.nextWord() {
                guard let value = word.decimal(), word.next == UInt8(ascii: ":") else { continue }
                word.skip()
                while let low = word.decimal() {
                    var high = low
                    if word.next == UInt8(ascii: "-") {
                        word.skip()
                        high = word.decimal() ?? low
                    }
                    if word.next == UInt8(ascii: ",") { word.skip() }
                    guard low <= high, high < classes.seconds.count else { continue }
                    for secondClass in low...high { values[firstClass * classes.seconds.count + secondClass] = Int32(value) }
                }
            }
        }
        self.init(
            unitsPerEm: unitsPerEm, slant: slant, xHeight: xHeight, advances: advances,
            kerning: .classes(classes, values: values), ligatures: ligatures)
    }

    private init(unitsPerEm: Int, slant: Int, xHeight: Int, advances: String, kerning: Kerning, ligatures: String) {
        self.unitsPerEm = unitsPerEm
        self.slant = slant
        self.xHeight = xHeight
        var table: [UInt32: Glyph] = [:]
        TableWords.forEachLine(of: advances) { line in
            // `0410:750,683,0`, then the next code points' numbers alone.
            var start: UInt32?
            var offset: UInt32 = 0
            while var word = line.nextWord() {
                if word.contains(UInt8(ascii: ":")) {
                    start = word.hexadecimal()
                    word.skip()
                }
                guard let start else { continue }
                defer { offset += 1 }
                var numbers: [Int] = []
                while let number = word.decimal() {
                    numbers.append(number)
                    if word.next == UInt8(ascii: ",") { word.skip() }
                }
                guard numbers.count == 3 || numbers.count == 4 else { continue }
                table[start + offset] = Glyph(
                    advance: numbers[0], height: numbers[1], depth: numbers[2], italicCorrection: numbers.count == 4 ? numbers[3] : 0)
            }
        }
        glyphs = table
        self.kerning = kerning
        var pairs: [UInt64: UInt32] = [:]
        TableWords.forEachLine(of: ligatures) { line in
            // `0066+0069:FB01`
            while var word = line.nextWord() {
                guard let first = word.hexadecimal(), word.next == UInt8(ascii: "+") else { continue }
                word.skip()
                guard let second = word.hexadecimal(), word.next == UInt8(ascii: ":") else { continue }
                word.skip()
                if let ligature = word.hexadecimal() { pairs[UInt64(first) << 32 | UInt64(second)] = ligature }
            }
        }
        self.ligatures = pairs
        ligatureFirsts = Set(pairs.keys.map { UInt32($0 >> 32) })
    }

    /// Whether the font has the character.
    func has(_ code: UInt32) -> Bool { glyphs[code] != nil }

    /// The font's characters, in order.
    var codePoints: [UInt32] { glyphs.keys.sorted() }

    /// The italic correction of a character at `size`, in sp, as XeTeX gives it (`\/`).
    func italicCorrection(of code: UInt32, size: Int) -> Int {
        scaled(glyphs[code]?.italicCorrection ?? 0, size: size)
    }

    /// The advance of a character at `size`, in sp; nil when the font lacks it.
    func advance(of code: UInt32, size: Int) -> Int? {
        glyphs[code].map { scaled($0.advance, size: size) }
    }

    /// The kern between two code points at `size`, in sp; nil when there is none.
    func kern(between first: UInt32, and second: UInt32, size: Int) -> Int? {
        kerning.units(between: first, and: second).map { scaled($0, size: size) }
    }

    /// The kerns after `first` before each of `seconds`, in font units, as `kern(between:and:size:)`
    /// gives them unscaled; nil when `first` kerns with nothing. One row of a TFM's kerning, at
    /// the cost of one lookup per second character.
    func kernUnits(after first: UInt32, before seconds: KerningSeconds) -> [Int?]? {
        switch (kerning, seconds.classes) {
        case (.classes(let classes, let values), let secondClasses?):
            guard let firstClass = classes.classOfFirst[first] else { return nil }
            let rowStart = firstClass * classes.seconds.count
            return secondClasses.map { secondClass in
                guard let secondClass else { return nil }
                let value = values[rowStart + secondClass]
                return value == Kerning.none ? nil : Int(value)
            }
        case (.pairs(let pairs), _):
            guard let after = pairs[first] else { return nil }
            var row = [Int?](repeating: nil, count: seconds.count)
            for pair in after {
                for index in seconds.indices[pair.second] ?? [] { row[index] = Int(pair.units) }
            }
            return row
        case (.classes, nil):
            preconditionFailure("kerningSeconds(_:) looks up the classes of a font that kerns by class")
        }
    }

    /// Characters that may follow others in a row of kerns, looked up once for every row: by
    /// class when the font kerns by class, else by code point.
    struct KerningSeconds {
        let count: Int
        /// Each code's class of seconds, when the font kerns by class.
        fileprivate let classes: [Int?]?
        /// Where each code point is among the codes.
        fileprivate let indices: [UInt32: [Int]]
    }

    /// `codes` as the second characters of `kernUnits(after:before:)`.
    func kerningSeconds(_ codes: [UInt32?]) -> KerningSeconds {
        guard case .classes(let classes, _) = kerning else {
            var indices: [UInt32: [Int]] = [:]
            for (index, code) in codes.enumerated() {
                if let code { indices[code, default: []].append(index) }
            }
            return KerningSeconds(count: codes.count, classes: nil, indices: indices)
        }
        return KerningSeconds(count: codes.count, classes: codes.map { $0.flatMap { classes.classOfSecond[$0] } }, indices: [:])
    }

    /// Whether `first` begins a ligature of `ligatures`.
    func beginsLigature(_ first: UInt32) -> Bool { ligatureFirsts.contains(first) }

    /// A length in font units at `size`, in sp, as XeTeX converts a glyph's metrics: to points in
    /// single precision (`units × size ÷ unitsPerEm`), then to sp, rounded.
    func scaled(_ units: Int, size: Int) -> Int {
        let points = Float(units) * Float(Double(size) / 65536) / Float(unitsPerEm)
        return Int((Double(points) * 65536).rounded())
    }

    /// The character's advance, height and depth at `size` (sp), in sp, as XeTeX scales them; nil
    /// when the font lacks it.
    func extent(of scalar: Unicode.Scalar, size: Int) -> Extent? {
        extent(of: scalar.value, size: size)
    }

    /// The advance, height and depth of a code point at `size`, in sp; nil when the font lacks it.
    func extent(of code: UInt32, size: Int) -> Extent? {
        glyphs[code].map {
            Extent(width: scaled($0.advance, size: size), height: scaled($0.height, size: size), depth: scaled($0.depth, size: size))
        }
    }

    /// The kern between two characters at `size`, in sp; nil when there is none.
    func kern(between first: Unicode.Scalar, and second: Unicode.Scalar, size: Int) -> Int? {
        kern(between: first.value, and: second.value, size: size)
    }

    /// The font a XeLaTeX document sets a character in, in the face of `selection`: Latin Modern
    /// Math for the symbols the text fonts lack; CMU in a document set in CMU, and for Cyrillic and
    /// Greek; otherwise the Latin Modern or TeX Gyre Heros face (``latinModern(_:)``); nil for a
    /// character the face lacks (CJK, which ``NotoCJK`` measures).
    static func font(for scalar: Unicode.Scalar, in selection: FontSelection) -> OpenTypeWidths? {
        if SymbolFont.sets(scalar) { return latinModernMath }
        if CyrillicAndGreek.contains(scalar) || selection.typeface == .computerModernUnicode { return computerModernUnicode(selection) }
        return latinModern(selection).flatMap { $0.has(scalar.value) ? $0 : nil }
    }

    /// The OpenType face XeLaTeX sets the family, series, shape and size in when the document is
    /// not set in CMU. Latin Modern Roman and Sans: the face LaTeX's TU font definitions load,
    /// which for every family, series, shape and size is the one of the same design and optical
    /// size as the TFM pdflatex's T1 definitions load (``latinModern(replacing:)``). TeX Gyre Heros,
    /// as the themes' `\setsansfont` loads it: one design at every size, slanted set as italic,
    /// small capitals through its `smcp` feature (upright only).
    static func latinModern(_ selection: FontSelection) -> OpenTypeWidths? {
        let bold = selection.series != .regular
        let sloped = selection.shape == .italic || selection.shape == .slanted
        guard selection.family == .heros else {
            let tfm = LatinModern.font(
                family: selection.family, series: selection.series, shape: selection.shape, size: selection.size)
            return tfm.flatMap { latinModern(replacing: $0.name) }
        }
        if selection.shape == .smallCaps { return bold ? texGyreHerosBoldSmallCaps : texGyreHerosRegularSmallCaps }
        switch (bold, sloped) {
        case (false, false): return texGyreHerosRegular
        case (true, false): return texGyreHerosBold
        case (false, true): return texGyreHerosItalic
        case (true, true): return texGyreHerosBoldItalic
        }
    }

    /// The CMU face fontspec selects for the family, series and shape: CMU Serif for the roman
    /// family, CMU Sans Serif for the sans; slanted is set as italic (CMU has no slanted face),
    /// small capitals through CMU Serif's `smcp` feature (CMU Sans Serif has none: fontspec sets
    /// it upright).
    static func computerModernUnicode(_ selection: FontSelection) -> OpenTypeWidths {
        let bold = selection.series != .regular
        let sloped = selection.shape == .italic || selection.shape == .slanted
        if selection.shape == .smallCaps, selection.family == .roman { return bold ? cmuSerifBoldSmallCaps : cmuSerifRomanSmallCaps }
        switch (selection.family, bold, sloped) {
        case (.roman, false, false): return cmuSerifRoman
        case (.roman, true, false): return cmuSerifBold
        case (.roman, false, true): return cmuSerifItalic
        case (.roman, true, true): return cmuSerifBoldItalic
        // A document with Cyrillic or Greek is set in CMU, whichever sans family its theme names.
        case (.sans, false, false), (.heros, false, false): return cmuSansMedium
        case (.sans, true, false), (.heros, true, false): return cmuSansBold
        case (.sans, false, true), (.heros, false, true): return cmuSansOblique
        case (.sans, true, true), (.heros, true, true): return cmuSansBoldOblique
        }
    }
}

/// An OpenType face's kerning, in font units: between pairs of characters (a `PairPos` of format 1)
/// or between classes of them (format 2), as the font keeps it — expanding classes into pairs
/// would make a Latin Modern face tens of thousands of entries.
private enum Kerning: Sendable {
    /// By first character, the second ones in order.
    case pairs([UInt32: [Pair]])
    /// By class: `values[first class × number of second classes + second class]`, `none` where the
    /// classes do not kern.
    case classes(OpenTypeWidths.KerningClasses, values: [Int32])

    /// The value of `values` between classes that do not kern.
    static let none = Int32.min

    func units(between first: UInt32, and second: UInt32) -> Int? {
        switch self {
        case .pairs(let pairs):
            guard let after = pairs[first] else { return nil }
            // Binary search: the seconds are in order.
            var low = 0
            var high = after.count
            while low < high {
                let middle = (low + high) / 2
                if after[middle].second < second { low = middle + 1 } else { high = middle }
            }
            return low < after.count && after[low].second == second ? Int(after[low].units) : nil
        case .classes(let classes, let values):
            guard let firstClass = classes.classOfFirst[first], let secondClass = classes.classOfSecond[second] else { return nil }
            let value = values[firstClass * classes.seconds.count + secondClass]
            return value == Self.none ? nil : Int(value)
        }
    }

    /// A second character and the adjustment before it.
    struct Pair: Sendable {
        let second: UInt32
        let units: Int32

        /// `pairs` in order of their second characters, of two for one character the later.
        static func bySecond(_ pairs: [Pair]) -> [Pair] {
            guard !zip(pairs, pairs.dropFirst()).allSatisfy({ $0.second < $1.second }) else { return pairs }
            var ordered: [Pair] = []
            let sorted = pairs.enumerated().sorted { ($0.element.second, $0.offset) < ($1.element.second, $1.offset) }
            for (_, pair) in sorted {
                if ordered.last?.second == pair.second { ordered.removeLast() }
                ordered.append(pair)
            }
            return ordered
        }
    }
}
