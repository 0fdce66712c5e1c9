/// The raw tables of one TeX font metric (TFM) file, as TeX: The Program §539–§545 describes them.
///
/// Dimensions are unscaled `fix_word`s (units of 2^-20 of the design size); `ScaledFont` turns them
/// into scaled points with TeX's own arithmetic.
package struct TFMFont: Sendable, Equatable {
    /// The font's TFM name, such as `ec-lmr10`.
    public let name: String
    /// The TFM header's checksum.
    package let checksum: UInt32
    /// The design size as a `fix_word` in points (2^20 = 1pt).
    package let designSize: Int32
    /// The smallest character code in the font (`bc`).
    package let firstCharacter: Int
    /// The largest character code in the font (`ec`).
    package let lastCharacter: Int
    /// One `char_info_word` per code from `firstCharacter` through `lastCharacter`.
    package let characterInfo: [UInt32]
    /// The width table; entry 0 is zero and marks a missing character.
    public let widths: [Int32]
    /// The height table.
    package let heights: [Int32]
    /// The depth table.
    package let depths: [Int32]
    /// The italic correction table.
    package let italicCorrections: [Int32]
    /// The lig/kern program, one four-byte instruction per word.
    package let ligatureKernProgram: [UInt32]
    /// The kern table.
    package let kerns: [Int32]
    /// The parameters: `parameters[0]` is slant, then space, stretch, shrink, x-height, quad, extra space.
    public let parameters: [Int32]

    /// The code TeX imagines after the last character of a word (`font_bchar`), if the font has one.
    package let boundaryCharacter: Int?
    /// Where the lig/kern program for the left word boundary starts (`bchar_label`), if there is one.
    package let boundaryProgramStart: Int?

    public init(
        name: String, checksum: UInt32, designSize: Int32, firstCharacter: Int, lastCharacter: Int,
        characterInfo: [UInt32], widths: [Int32], heights: [Int32], depths: [Int32],
        italicCorrections: [Int32], ligatureKernProgram: [UInt32], kerns: [Int32], parameters: [Int32]
    ) {
        self.name = name
        self.checksum = checksum
        self.designSize = designSize
        self.firstCharacter = firstCharacter
        self.lastCharacter = lastCharacter
        self.characterInfo = characterInfo
        self.widths = widths
        self.heights = heights
        self.depths = depths
        self.italicCorrections = italicCorrections
        self.ligatureKernProgram = ligatureKernProgram
        self.kerns = kerns
        self.parameters = parameters
        // §573: a first instruction with skip_byte 255 names the right boundary character;
        // a last instruction with skip_byte 255 points to the left boundary program.
        let program = ligatureKernProgram.map(LigatureKernInstruction.init)
        boundaryCharacter = program.first.flatMap { $0.skip == 255 ? Int($0.next) : nil }
        boundaryProgramStart = program.last.flatMap { $0.skip == 255 ? $0.restartIndex : nil }
    }

    /// The decoded `char_info_word` for a code, or nil when the font has no such character.
    package func info(for code: Int) -> CharacterInfo? {
        guard code >= firstCharacter, code <= lastCharacter else { return nil }
        let info = CharacterInfo(word: characterInfo[code - firstCharacter])
        return info.widthIndex == 0 ? nil : info
    }

    /// The lig/kern instruction at an index of the program.
    package func instruction(at index: Int) -> LigatureKernInstruction {
        LigatureKernInstruction(word: ligatureKernProgram[index])
    }

    /// Where a character's lig/kern program really starts, following a restart instruction (§557).
    package func programStart(for info: CharacterInfo) -> Int? {
        guard info.tag == .ligatureKern else { return nil }
        let first = instruction(at: Int(info.remainder))
        return first.skip > LigatureKernInstruction.stopFlag ? first.restartIndex : Int(info.remainder)
    }

    /// Whether TeX treats this code as a real character when it meets the boundary character in text
    /// (`font_false_bchar`, §576).
    package var boundaryCharacterExists: Bool {
        boundaryCharacter.map { info(for: $0) != nil } ?? false
    }
}

extension TFMFont {
    /// One decoded `char_info_word` (§543).
    package struct CharacterInfo: Sendable, Equatable {
        /// What the `remainder` byte means (§544).
        package enum Tag: UInt8, Sendable {
            case none = 0, ligatureKern, list, extensible
        }

        package let widthIndex: UInt8
        package let heightIndex: UInt8
        package let depthIndex: UInt8
        package let italicIndex: UInt8
        public let tag: Tag
        package let remainder: UInt8

        public init(word: UInt32) {
            widthIndex = UInt8(word >> 24)
            heightIndex = UInt8((word >> 20) & 0xF)
            depthIndex = UInt8((word >> 16) & 0xF)
            italicIndex = UInt8((word >> 10) & 0x3F)
            tag = Tag(rawValue: UInt8((word >> 8) & 0x3))!
            remainder = UInt8(word & 0xFF)
        }
    }

    /// One lig/kern instruction (§545): skip, next character, operation and remainder bytes.
    package struct LigatureKernInstruction: Sendable, Equatable {
        /// A `skip_byte` above this ends the program (`stop_flag`).
        package static let stopFlag: UInt8 = 128
        /// An `op_byte` at or above this makes the instruction a kern (`kern_flag`).
        package static let kernFlag: UInt8 = 128

        package let skip: UInt8
        public let next: UInt8
        package let operation: UInt8
        package let remainder: UInt8

        public init(word: UInt32) {
            skip = UInt8(word >> 24)
            next = UInt8((word >> 16) & 0xFF)
            operation = UInt8((word >> 8) & 0xFF)
            remainder = UInt8(word & 0xFF)
        }

        /// Whether the instruction is a kern rather than a ligature.
        package var isKern: Bool { operation >= Self.kernFlag }
        /// The kern table index of a kern instruction.
        package var kernIndex: Int { 256 * Int(operation - Self.kernFlag) + Int(remainder) }
        /// The program index a restart (or boundary) instruction points to.
        package var restartIndex: Int { 256 * Int(operation) + Int(remainder) }
    }
}
