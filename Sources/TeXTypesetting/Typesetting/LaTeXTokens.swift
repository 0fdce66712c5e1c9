import ResumeSupport

/// A token of paragraph text as TeX's input processor produces it with LaTeX's category codes.
enum LaTeXToken: Equatable {
    /// A control word (`\textbf`) or control symbol (`\%`, `\-`, `\ `): the index of its name in
    /// ``LaTeXTokens/commandNames``.
    case command(Int)
    case beginGroup
    case endGroup
    /// One space, however many blanks and line ends the source had in a row.
    case space
    /// The active character `~`.
    case tie
    /// A character that is typeset or read as part of a number or unit.
    case character(Unicode.Scalar)
    /// A character with a special meaning this setter does not model: `$`, `#`, `^`, `_`, `&`.
    case unsupported(Unicode.Scalar)
}

/// Paragraph text as TeX's input processor reads it: its tokens, and the names of its commands,
/// held apart so that a token holds nothing to retain or release and a paragraph's tokens are
/// freed at once.
struct LaTeXTokens {
    var tokens: [LaTeXToken] = []
    /// The name of each command token, in the order they come.
    var commandNames: [String] = []
}

/// Splits LaTeX source into tokens: spaces after a control word are skipped, runs of blanks become
/// one space, and a `%` comment runs to the end of its line.
enum LaTeXTokenizer {
    static func tokens(_ source: String) -> LaTeXTokens {
        var source = source
        return source.withUTF8(tokens(utf8:))
    }

    private static func tokens(utf8 bytes: UnsafeBufferPointer<UInt8>) -> LaTeXTokens {
        var tokens: [LaTeXToken] = []
        tokens.reserveCapacity(bytes.count)
        var commandNames: [String] = []
        var index = 0
        var skippingBlanks = false
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 0x80 else {
                let (scalar, length) = decode(bytes, at: index)
                tokens.append(.character(scalar))
                index += length
                skippingBlanks = false
                continue
            }
            index += 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard index < bytes.count else {
                    tokens.append(.command(commandNames.count))
                    commandNames.append("")
                    break
                }
                if bytes[index].isASCIILetter {
                    let start = index
                    while index < bytes.count, bytes[index].isASCIILetter { index += 1 }
                    tokens.append(.command(commandNames.count))
                    commandNames.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    skippingBlanks = true
                    continue
                }
                let (symbol, length) = decode(bytes, at: index)
                index += length
                tokens.append(.command(commandNames.count))
                commandNames.append(String(symbol))
                skippingBlanks = symbol == " "
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                if !skippingBlanks { tokens.append(.space) }
                skippingBlanks = true
                continue
            case UInt8(ascii: "%"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                index += 1
                skippingBlanks = true
                continue
            case UInt8(ascii: "{"): tokens.append(.beginGroup)
            case UInt8(ascii: "}"): tokens.append(.endGroup)
            case UInt8(ascii: "~"): tokens.append(.tie)
            case UInt8(ascii: "$"), UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "&"):
                tokens.append(.unsupported(Unicode.Scalar(byte)))
            default: tokens.append(.character(Unicode.Scalar(byte)))
            }
            skippingBlanks = false
        }
        return LaTeXTokens(tokens: tokens, commandNames: commandNames)
    }

    /// The scalar whose UTF-8 encoding starts at `index`, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length {
            value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
