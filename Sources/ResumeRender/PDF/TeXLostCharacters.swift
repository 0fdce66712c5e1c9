import Foundation

/// A character TeX had no glyph for and left out of the page, as its log reports it when
/// `\tracinglostchars` is positive (LaTeX has set it to 2 since 2021):
///
///     Missing character: There is no Д (U+0414) in font [lmroman10-regular]:mapping=tex-text;!
///     Missing character: There is no ^^c8 in font cmr10!
///
/// XeTeX names the character; pdfTeX names only its slot in the font, as a byte or `^^xx`.
public struct TeXLostCharacter: Sendable, Equatable {
    public enum Character: Sendable, Equatable {
        case unicode(Unicode.Scalar)
        /// A slot of an 8-bit font.
        case slot(UInt8)
        /// The log's spelling, when it is neither.
        case unknown(String)
    }

    public var character: Character
    /// The font's name without its features: `lmroman10-regular`, `Noto Serif CJK KR`, `cmr10`.
    public var font: String

    /// `'Д' U+0414 CYRILLIC CAPITAL LETTER DE`, `slot "C8 (200)`.
    public var description: String {
        switch character {
        case .unicode(let scalar):
            scalar.described
        case .slot(let code):
            "slot \"\(String(code, radix: 16, uppercase: true)) (\(code))"
        case .unknown(let text):
            "'\(text)'"
        }
    }
}

/// The characters a TeX log says were lost, each once, in the order reported.
package enum TeXLostCharacters {
    /// A failure naming the characters when the log at `url` reports any.
    public static func check(logFile url: URL, engine: TeXEngine) throws {
        try check(log: (try? Data(contentsOf: url)) ?? Data(), engine: engine)
    }

    /// A failure naming the characters when `log` reports any.
    public static func check(log: String, engine: TeXEngine) throws {
        try check(log: Data(log.utf8), engine: engine)
    }

    public static func check(log: Data, engine: TeXEngine) throws {
        let lost = read(log)
        if !lost.isEmpty { throw PDFCompileFailure.missingCharacters(engine, lost) }
    }

    /// Every `Missing character` line of the log; a line TeX wrapped at its width is joined again.
    public static func read(_ log: Data) -> [TeXLostCharacter] {
        let lines = log.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == UInt8(ascii: "\r") ? line.dropLast() : line
        }
        var lost: [TeXLostCharacter] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].starts(with: prefix) else { continue }
            var message = Array(lines[index].dropFirst(prefix.count))
            // A wrapped report goes on on the next lines, until the `!` that ends it.
            let last = min(index + 4, lines.count - 1)
            while message.last != UInt8(ascii: "!"), index < last {
                index += 1
                message += lines[index]
            }
            if let character = parse(message), !lost.contains(character) { lost.append(character) }
        }
        return lost
    }
}

private extension TeXLostCharacters {
    static let prefix = Array("Missing character: There is no ".utf8)

    /// `Д (U+0414) in font [lmroman10-regular]:mapping=tex-text;!` → Д in lmroman10-regular.
    static func parse(_ message: [UInt8]) -> TeXLostCharacter? {
        let separator = Array(" in font ".utf8)
        guard let split = lastRange(of: separator, in: message) else { return nil }
        let spelled = Array(message[..<split.lowerBound])
        var font = String(decoding: message[split.upperBound...], as: UTF8.self)
        if font.hasSuffix("!") { font.removeLast() }
        return TeXLostCharacter(character: character(spelled), font: fontName(font))
    }

    static func character(_ spelled: [UInt8]) -> TeXLostCharacter.Character {
        let text = String(decoding: spelled, as: UTF8.self)
        if let open = text.range(of: " (U+", options: .backwards), text.hasSuffix(")"),
            let value = UInt32(text[open.upperBound..<text.index(before: text.endIndex)], radix: 16),
            let scalar = Unicode.Scalar(value)
        {
            return .unicode(scalar)
        }
        if spelled.count == 4, spelled.starts(with: Array("^^".utf8)),
            let code = UInt8(String(decoding: spelled.dropFirst(2), as: UTF8.self), radix: 16)
        {
            return .slot(code)
        }
        if spelled.count == 3, spelled.starts(with: Array("^^".utf8)) {
            // `^^?` and `^^@`–`^^_`: the code with its seventh bit flipped.
            return .slot(spelled[2] ^ 0x40)
        }
        if spelled.count == 1 { return .slot(spelled[0]) }
        return .unknown(text)
    }

    /// `[lmroman10-regular]:mapping=tex-text;` → `lmroman10-regular`; `Noto Serif CJK KR/OT:script=hang;` →
    /// `Noto Serif CJK KR`; `cmr10` as it is.
    static func fontName(_ spelled: String) -> String {
        var name = spelled.trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("\""), let close = name.dropFirst().firstIndex(of: "\"") {
            name = String(name[name.index(after: name.startIndex)..<close])
        }
        if name.hasPrefix("["), let close = name.firstIndex(of: "]") {
            let file = name[name.index(after: name.startIndex)..<close]
            return String(file.split(separator: "/").last ?? file)
        }
        return String(name.prefix { $0 != "/" && $0 != ":" })
    }

    static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= needle.count else { return nil }
        for start in stride(from: bytes.count - needle.count, through: 0, by: -1)
        where bytes[start..<start + needle.count].elementsEqual(needle) {
            return start..<start + needle.count
        }
        return nil
    }
}
