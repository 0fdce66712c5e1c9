/// How xeCJK sets a full-width punctuation mark (its default `PunctStyle`, quanjiao): the glyph at
/// its full advance, with its blank side — the part of the em beside the ink — taken back by a
/// rule and given again as glue that shrinks almost to nothing. A closing mark (`，。」`) is the
/// glyph, the rule and the glue; an opening mark (`「（`) the glue, the rule and the glyph. So a
/// line can end right after a comma's ink, and a tight line squeezes the blanks first. Two marks
/// in a row (`、（`, `。」`) lose both blanks to one glue of xeCJK's punctuation kerning, and no
/// line breaks between them.
///
/// The blanks come from each regional face's glyph side bearings (the comma sits in the corner in
/// Chinese and Japanese, in the middle in Korean), which differ between the regular and the bold
/// weight, measured with XeLaTeX by `scripts/generate-xecjk-punctuation` into
/// `XeCJKPunctuation.generated.swift`. The marks xeCJK centres (`・ 〜 ～ ⸺`) are not measured.
enum XeCJKPunctuation {
    /// The weight of the Noto CJK face: xeCJK sets `\textbf` in the bold face, and italic upright.
    enum Weight: Sendable, Hashable { case regular, bold }

    /// A mark's advance and its left and right side bearings, in sp.
    struct Bearings: Equatable {
        let advance: Int
        let left: Int
        let right: Int
    }

    struct Key: Hashable {
        let region: CJKRegion
        let face: NotoCJK.Face
        let weight: Weight
        let code: UInt32
    }

    /// Every measured mark, read once from ``measuredText``.
    static let table: [Key: Bearings] = {
        var table: [Key: Bearings] = [:]
        var face: (region: CJKRegion, design: NotoCJK.Face, weight: Weight)?
        TableWords.forEachLine(of: measuredText) { line in
            guard var word = line.nextWord() else { return }
            guard word.contains(UInt8(ascii: ":")) else {
                // `KR serif regular`: the face of the lines that follow.
                let names = [word.text] + [line.nextWord()?.text, line.nextWord()?.text].compactMap { $0 }
                guard names.count == 3, let region = CJKRegion(rawValue: names[0]) else {
                    preconditionFailure("XeCJKPunctuation.generated.swift: \(names.joined(separator: " "))")
                }
                face = (region, names[1] == "sans" ? .sans : .serif, names[2] == "bold" ? .bold : .regular)
                return
            }
            while true {
                // `3001:655360,25559,465306`: the code point, its advance and its side bearings.
                var numbers: [Int] = []
                let code = word.hexadecimal()
                while word.next == UInt8(ascii: ":") || word.next == UInt8(ascii: ",") {
                    word.skip()
                    guard let number = word.decimal() else { break }
                    numbers.append(number)
                }
                guard let face, let code, numbers.count == 3, word.isAtEnd else {
                    preconditionFailure("XeCJKPunctuation.generated.swift: \(word.text)")
                }
                table[Key(region: face.region, face: face.design, weight: face.weight, code: code)] =
                    Bearings(advance: numbers[0], left: numbers[1], right: numbers[2])
                guard let next = line.nextWord() else { return }
                word = next
            }
        }
        return table
    }()

    /// The advance and side bearings of a punctuation mark in a face at `size` sp; nil for a
    /// character that is not measured full-width punctuation.
    static func bearings(of scalar: Unicode.Scalar, region: CJKRegion, face: NotoCJK.Face, weight: Weight, size: Int) -> Bearings?
    {
        guard let measured = table[Key(region: region, face: face, weight: weight, code: scalar.value)] else { return nil }
        func scaled(_ value: Int) -> Int { value * size / measuredSize }
        return Bearings(advance: scaled(measured.advance), left: scaled(measured.left), right: scaled(measured.right))
    }

    /// A mark's blank side as xeCJK sets it: a rule as wide as the side bearing taken back, and
    /// glue as wide (none for a bearing below zero) that shrinks to the other side's bearing (or
    /// not at all, for a mark whose other side is the wider).
    static func blank(of bearings: Bearings, closing: Bool) -> (rule: Int, glue: Glue) {
        let (own, other) = closing ? (bearings.right, bearings.left) : (bearings.left, bearings.right)
        let margin = max(own, 0)
        return (-own, Glue(width: margin, shrink: max(margin - other, 0)))
    }

    /// The glue xeCJK sets between two marks in a row in place of their blank sides (quanjiao's
    /// punctuation kerning, `\__xeCJK_punct_kern:NN`): the inks stand as far apart as both blanks
    /// less half an em — three quarters of the two advances less both inks, never below zero — and
    /// the glue stretches back to both blanks and shrinks to the wider of the marks' narrower
    /// bearings. It comes after a penalty of 10000: xeCJK never breaks between two marks.
    static func kern(between first: Bearings, closing firstIsClosing: Bool, and second: Bearings, closing secondIsClosing: Bool)
        -> Glue
    {
        // The blank sides facing each other, as xeCJK's margins (never below zero) or bounds.
        let facing = (firstIsClosing ? max(first.right, 0) : first.right) + (secondIsClosing ? second.left : max(second.left, 0))
        // The outer sides: bounds, or margins for an opening mark's left and a closing mark's right.
        let outer = (firstIsClosing ? first.left : max(first.left, 0)) + (secondIsClosing ? max(second.right, 0) : second.right)
        let inks = (first.advance - first.left - first.right) + (second.advance - second.left - second.right)
        // `0.75` of the two advances, as l3fp computes it and TeX reads the result back.
        let total = (3 * (first.advance + second.advance) + 2) / 4
        let kerning = max(total - outer - inks, 0)
        let minimum = max(min(first.left, first.right), min(second.left, second.right))
        // xeCJK keeps a stretch or shrink below zero at zero.
        return Glue(
            width: kerning - first.right - second.left, stretch: max(facing - kerning, 0), shrink: max(kerning - minimum, 0))
    }
}
