/// An OpenType font's metrics laid out as a TFM font in the T1 or TS1 encoding at one size, so
/// that TeX's main loop, hyphenation and the paragraph builder set text in it as they set Latin
/// Modern's: each slot holds the character XeTeX sets for that input (`'` is `’` through
/// fontspec's TeX ligatures), its advance, italic correction, the font's pair kerning and `liga`
/// ligatures between slots, the TeX ligatures (`--`, `---`, ``` `` ```, `''`, `,,`, `<<`, `>>`,
/// `` !` ``, `` ?` ``) that fontspec's `Ligatures=TeX` makes, and the interword space XeTeX derives
/// from the font: the advance of U+0020, stretching by a half and shrinking by a third of it
/// (a third too after a sentence), the shrink as `interwordShrink` adjusts it.
///
/// Every dimension is stored as the `fix_word` that TeX's scaling turns into the size XeTeX gives
/// it (the font units scaled and rounded); heights and depths, which a TFM keeps only 16 of, are
/// in `extents`, exactly.
struct OpenTypeTFM {
    let scaled: ScaledFont
    /// The width, height and depth of every slot; nil where the slot is empty.
    let extents: [Extent?]
    /// The code point each slot sets; nil where the slot is empty.
    let characters: [UInt32?]

    /// `interwordShrink` turns XeTeX's interword shrink (in sp) into the one the document sets
    /// (fontspec's `WordSpace`).
    init(_ font: OpenTypeWidths, encoding: LatinModern.Encoding, size: Int, interwordShrink: (Int) -> Int = { $0 }) {
        let codes = font.tfmSlots.slots(in: encoding) { Self.slots(of: font, encoding: encoding) }
        let loadSize = Self.loadSize(for: size)
        let scaler = FixWordScaler(size: loadSize)
        func fixWord(_ units: Int) -> Int32 { Self.fixWord(for: font.scaled(units, size: size), size: loadSize, scaler: scaler) }
        func fixWordOf(sp: Int) -> Int32 { Self.fixWord(for: sp, size: loadSize, scaler: scaler) }

        var widths: [Int32] = [0]
        var italics: [Int32] = [0]
        var kerns: [Int32] = []
        var program: [UInt32] = (0..<256).map { _ in Self.instruction(skip: 128, next: 0, operation: 0, remainder: 0) }
        var info = [UInt32](repeating: 0, count: 256)
        var extents = [Extent?](repeating: nil, count: 256)
        let slotOf = Dictionary(codes.enumerated().compactMap { slot, code in code.map { ($0, slot) } }, uniquingKeysWith: { first, _ in first })
        let kerningSeconds = font.kerningSeconds(codes)
        var kernIndex: [Int32: Int] = [:]
        for (slot, code) in codes.enumerated() {
            guard let code, let extent = font.extent(of: code, size: size) else { continue }
            extents[slot] = extent
            let width = fixWordOf(sp: extent.width)
            var widthIndex = widths.firstIndex(of: width) ?? widths.count
            if widthIndex == widths.count { widths.append(width) }
            if widthIndex == 0 {  // a zero width needs an entry of its own: index 0 means no character
                widthIndex = widths.count
                widths.append(0)
            }
            let italic = fixWordOf(sp: font.italicCorrection(of: code, size: size))
            var italicIndex = italics.firstIndex(of: italic) ?? italics.count
            if italicIndex == italics.count {
                if italics.count < 64 {
                    italics.append(italic)
                } else {
                    // A TFM has room for 64: the nearest one kept stands in.
                    italicIndex = italics.indices.min { abs(italics[$0] - italic) < abs(italics[$1] - italic) } ?? 0
                }
            }
            // The slot's lig/kern program: ligatures first, then kerns, as TFM files order them.
            var steps: [(next: Int, operation: Int, remainder: Int)] = []
            if font.beginsLigature(code) || (encoding == .t1 && Self.teXLigatureFirsts.contains(code)) {
                for (next, nextCode) in codes.enumerated() {
                    guard let nextCode else { continue }
                    if let ligature = Self.ligature(code, nextCode, in: font, encoding: encoding), let target = slotOf[ligature] {
                        steps.append((next, 0, target))
                    }
                }
            }
            for (next, units) in (font.kernUnits(after: code, before: kerningSeconds) ?? []).enumerated() {
                guard let units else { continue }
                let kern = font.scaled(units, size: size)
                guard kern != 0 else { continue }
                let word = fixWordOf(sp: kern)
                let index = min(kernIndex[word] ?? kerns.count, 127 * 256 + 255)
                if index == kerns.count {
                    kernIndex[word] = index
                    kerns.append(word)
                }
                steps.append((next, 128 + index / 256, index % 256))
            }
            var tag: UInt32 = 0
            if !steps.isEmpty {
                // Slot `slot` of the program restarts at where this program begins.
                let start = program.count
                program[slot] = Self.instruction(skip: 254, next: 0, operation: start / 256, remainder: start % 256)
                for (index, step) in steps.enumerated() {
                    program.append(Self.instruction(
                        skip: index == steps.count - 1 ? 128 : 0, next: step.next, operation: step.operation, remainder: step.remainder))
                }
                tag = 1
            }
            info[slot] = UInt32(widthIndex) << 24 | UInt32(italicIndex) << 10 | tag << 8 | UInt32(slot)
        }
        let space = font.advance(of: 0x20, size: size) ?? 0
        let parameters: [Int32] = [
            Int32(font.slant << 4), fixWordOf(sp: space), fixWordOf(sp: space / 2), fixWordOf(sp: interwordShrink(space / 3)),
            fixWord(font.xHeight), fixWordOf(sp: size), fixWordOf(sp: space / 3),
        ]
        let metrics = TFMFont(
            name: "opentype-\(encoding.rawValue)", checksum: 0, designSize: 10 << 20,
            firstCharacter: 0, lastCharacter: 255, characterInfo: info, widths: widths, heights: [0], depths: [0],
            italicCorrections: italics, ligatureKernProgram: program, kerns: kerns, parameters: parameters)
        scaled = ScaledFont(metrics, size: loadSize)
        self.extents = extents
        characters = codes
    }
}

private extension OpenTypeTFM {
    /// The character XeTeX sets for each slot's input: T1's slot for a character (or TS1's), with
    /// what fontspec's TeX ligatures make of `'` and `` ` ``; nil where the font lacks it.
    static func slots(of font: OpenTypeWidths, encoding: LatinModern.Encoding) -> [UInt32?] {
        var slots = [UInt32?](repeating: nil, count: 256)
        // In order, so that of two characters for one slot the lower always wins.
        for code in font.codePoints {
            guard let scalar = Unicode.Scalar(code), let encoded = T1Encoding.encode(Character(scalar)),
                encoded.encoding == encoding, slots[Int(encoded.code)] == nil else { continue }
            slots[Int(encoded.code)] = code
        }
        if encoding == .t1 {
            for (slot, code) in teXLigatureInputs where font.has(code) { slots[slot] = code }
        }
        return slots
    }

    /// The inputs fontspec's TeX ligatures (XeTeX's `tex-text` mapping) change alone: `'` sets `’`,
    /// `` ` `` sets `‘`; and the slots of the f-ligatures.
    static let teXLigatureInputs: [(Int, UInt32)] = [
        (39, 0x2019), (96, 0x2018), (27, 0xFB00), (28, 0xFB01), (29, 0xFB02), (30, 0xFB03), (31, 0xFB04),
    ]

    /// What two characters become: a `liga` ligature of the font, or a TeX ligature of the
    /// `tex-text` mapping (between the characters its inputs set).
    static func ligature(_ first: UInt32, _ second: UInt32, in font: OpenTypeWidths, encoding: LatinModern.Encoding) -> UInt32? {
        let pair = UInt64(first) << 32 | UInt64(second)
        if let ligature = font.ligatures[pair] { return ligature }
        return encoding == .t1 ? teXLigatures[pair] : nil
    }

    /// The TeX ligatures of the `tex-text` mapping, keyed as ``OpenTypeWidths/ligatures``.
    static let teXLigatures: [UInt64: UInt32] = [
        0x2D << 32 | 0x2D: 0x2013,  // -- –
        0x2013 << 32 | 0x2D: 0x2014,  // --- —
        0x2018 << 32 | 0x2018: 0x201C,  // `` “
        0x2019 << 32 | 0x2019: 0x201D,  // '' ”
        0x21 << 32 | 0x2018: 0xA1,  // !` ¡
        0x3F << 32 | 0x2018: 0xBF,  // ?` ¿
        0x2C << 32 | 0x2C: 0x201E,  // ,, „
        0x3C << 32 | 0x3C: 0xAB,  // << «
        0x3E << 32 | 0x3E: 0xBB,  // >> »
    ]

    /// The first characters of ``teXLigatures``.
    static let teXLigatureFirsts = Set(teXLigatures.keys.map { UInt32($0 >> 32) })

    /// The size the layout is loaded at: `size`, halved until it is below 16pt, where a `fix_word`
    /// step scales to less than a scaled point, so that every length XeTeX gives has a `fix_word`.
    /// (The fonts' sizes and their quad are the tables' own; the load size only scales them.)
    static func loadSize(for size: Int) -> Int {
        var loadSize = max(size, 1)
        while loadSize >= 1 << 20 { loadSize /= 2 }
        return loadSize
    }

    static func instruction(skip: Int, next: Int, operation: Int, remainder: Int) -> UInt32 {
        UInt32(skip) << 24 | UInt32(next) << 16 | UInt32(operation) << 8 | UInt32(remainder)
    }

    /// The `fix_word` TeX scales to `target` sp at this size (the nearest below when none does).
    static func fixWord(for target: Int, size: Int, scaler: FixWordScaler) -> Int32 {
        var word = Int32(clamping: (target << 20) / max(size, 1))
        while scaler.scale(word) < target { word += 1 }
        while scaler.scale(word) > target { word -= 1 }
        return word
    }
}
