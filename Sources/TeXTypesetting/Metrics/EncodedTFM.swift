import Foundation

/// A TFM file's tables as the generator embeds them: base64 of big-endian 32-bit words, which
/// compiles far faster than integer array literals.
struct EncodedTFM: Sendable {
    let name: String
    let checksum: UInt32
    let designSize: Int32
    let firstCharacter: Int
    let lastCharacter: Int
    /// Lengths of char_info, width, height, depth, italic, lig/kern, kern and param tables.
    let tableLengths: [Int]
    let words: String

    /// The decoded font; a malformed table is a bug in the generator and stops the program.
    func decoded() -> TFMFont {
        guard let data = Data(base64Encoded: words, options: .ignoreUnknownCharacters),
            data.count == tableLengths.reduce(0, +) * 4
        else { fatalError("corrupt embedded metrics for \(name); rerun scripts/generate-font-metrics") }
        let all = data.bigEndianWords()
        var tables: [[UInt32]] = []
        var start = 0
        for length in tableLengths {
            tables.append(Array(all[start..<start + length]))
            start += length
        }
        let signed = { (table: [UInt32]) in table.map { Int32(bitPattern: $0) } }
        return TFMFont(
            name: name, checksum: checksum, designSize: designSize,
            firstCharacter: firstCharacter, lastCharacter: lastCharacter,
            characterInfo: tables[0], widths: signed(tables[1]), heights: signed(tables[2]),
            depths: signed(tables[3]), italicCorrections: signed(tables[4]),
            ligatureKernProgram: tables[5], kerns: signed(tables[6]), parameters: signed(tables[7]))
    }
}

private extension Data {
    func bigEndianWords() -> [UInt32] {
        var words = [UInt32](repeating: 0, count: count / 4)
        withUnsafeBytes { bytes in
            for index in words.indices {
                let offset = index * 4
                words[index] =
                    UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
                    | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
            }
        }
        return words
    }
}
