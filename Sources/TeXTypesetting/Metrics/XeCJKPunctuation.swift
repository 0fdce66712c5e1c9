/// How xeCJK sets a full-width punctuation mark (its default `PunctStyle`, quanjiao): the glyph at
/// its full advance, with its blank side — the part of the em beside the ink — taken back by a
/// rule and given again as glue that shrinks almost to nothing. A closing mark (`，。」`) is the
/// glyph, the rule and the glue; an opening mark (`「（`) the glue, the rule and the glyph. So a
/// line can end right after a comma's ink, and a tight line squeezes the blanks first.
///
/// The blanks come from each regional face's glyph bounds (the comma sits in the corner in
/// Chinese and Japanese, in the middle in Korean), measured with XeLaTeX by
/// `scripts/generate-xecjk-punctuation` into `XeCJKPunctuation.generated.swift`.
enum XeCJKPunctuation {
    /// A mark's blank side at the measured size, in sp: the glue's width and its shrink.
    struct Blank {
        let width: Int
        let shrink: Int
    }

    /// One mark as XeLaTeX set it at `measuredSize`.
    struct Measurement {
        let region: CJKRegion
        let face: NotoCJK.Face
        let code: UInt32
        let blank: Blank

        init(_ region: CJKRegion, _ face: NotoCJK.Face, _ code: UInt32, width: Int, shrink: Int) {
            self.region = region
            self.face = face
            self.code = code
            self.blank = Blank(width: width, shrink: shrink)
        }
    }

    struct Key: Hashable {
        let region: CJKRegion
        let face: NotoCJK.Face
        let code: UInt32
    }

    static let table: [Key: Blank] = Dictionary(
        measured.map { (Key(region: $0.region, face: $0.face, code: $0.code), $0.blank) }, uniquingKeysWith: { first, _ in first })

    /// The blank of a punctuation mark in a face at `size` sp; nil for a character that is not
    /// full-width punctuation.
    static func blank(of scalar: Unicode.Scalar, region: CJKRegion, face: NotoCJK.Face, size: Int) -> Blank? {
        guard let blank = table[Key(region: region, face: face, code: scalar.value)] else { return nil }
        return Blank(width: blank.width * size / measuredSize, shrink: blank.shrink * size / measuredSize)
    }
}
