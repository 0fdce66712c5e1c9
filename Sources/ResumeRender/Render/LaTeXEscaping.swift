import ResumeSupport
import TeXTypesetting

/// Escapes values for LaTeX so that no value can run a command, change category codes or form a ligature.
package enum LaTeXEscaping {
    /// Text for the body: every special character spelled out, control characters turned into spaces.
    package static func text(_ value: String) -> String {
        // Read over the UTF-8 bytes (in place: a native string's bytes are not copied to be
        // read): the characters that need escaping are ASCII but for the spaces, symbols and
        // controls beyond it, whose scalars are decoded where they start.
        // Text with nothing to escape, as most is, is returned as it is, not copied.
        var value = value
        let escaped: String? = value.withUTF8 { bytes in
            let plainCount = bytes.prefix(while: isPlain).count
            guard plainCount < bytes.count else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<plainCount]))
            func add(_ text: StaticString) {
                output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
            }
            var index = plainCount
            while index < bytes.count {
                // A run of plain bytes is copied at once.
                var runEnd = index
                while runEnd < bytes.count, isPlain(bytes[runEnd]) { runEnd += 1 }
                if runEnd > index {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                    index = runEnd
                    continue
                }
                let byte = bytes[index]
                index += 1
                guard byte >= 0x80 else {
                    switch byte {
                    case UInt8(ascii: "\\"): add("\\textbackslash{}")
                    case UInt8(ascii: "{"): add("\\{")
                    case UInt8(ascii: "}"): add("\\}")
                    case UInt8(ascii: "$"): add("\\$")
                    case UInt8(ascii: "&"): add("\\&")
                    case UInt8(ascii: "#"): add("\\#")
                    case UInt8(ascii: "%"): add("\\%")
                    case UInt8(ascii: "_"): add("\\_")
                    case UInt8(ascii: "^"): add("\\textasciicircum{}")
                    case UInt8(ascii: "~"): add("\\textasciitilde{}")
                    case UInt8(ascii: "\""): add("\\textquotedbl{}")
                    case UInt8(ascii: "<"): add("\\textless{}")
                    case UInt8(ascii: ">"): add("\\textgreater{}")
                    case UInt8(ascii: "|"): add("\\textbar{}")
                    case UInt8(ascii: "`"): add("\\textasciigrave{}")
                    case UInt8(ascii: "["): add("{[}")
                    case UInt8(ascii: "]"): add("{]}")
                    case UInt8(ascii: "/"): add("/\\allowbreak{}")
                    // Doubled, these would become an en dash, a closing quote or a low quote.
                    case UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: ","):
                        output.append(byte)
                        if index < bytes.count, bytes[index] == byte { add("{}") }
                    case 0..<0x20, 0x7F:
                        // A control character: a space, one for a run of them.
                        if output.last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
                    default:
                        output.append(byte)  // stands for itself
                    }
                    continue
                }
                // A scalar beyond ASCII: its lead byte says how many bytes it has.
                let length = byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                var code = UInt32(byte) & (0x7F >> length)
                for continuation in bytes[index..<(index + length - 1)] { code = code << 6 | UInt32(continuation & 0x3F) }
                let scalarBytes = bytes[(index - 1)..<(index + length - 1)]
                index += length - 1
                let scalar = Unicode.Scalar(code)!
                switch scalar {
                case "\u{00A0}": add("~")
                case "\u{00AD}": add("\\-")
                default:
                    if let space = Self.space(scalar) {
                        add(space)
                    } else if scalar.isLineOrControl {
                        if output.last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
                    } else if SymbolFont.sets(scalar) {
                        // A symbol the text fonts lack, in a group of its own font.
                        output.append(contentsOf: "{\\fontspec{\(SymbolFont.file)}\(scalar)}".utf8)
                    } else {
                        output.append(contentsOf: scalarBytes)
                    }
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        return escaped ?? value
    }

    /// The spaces of Unicode's General Punctuation block that résumés copied from word processors
    /// hold (French `40 %` with a narrow no-break space, thin spaces in numbers, zero-width
    /// spaces), set as the glue or break they stand for: the text fonts have no glyph for them,
    /// and the fit engine measures `\hspace` and `\nobreak` exactly. Nil for any other scalar.
    ///
    /// A switch, not a dictionary: a table keyed by scalars costs its first use a search of the
    /// runtime's conformance records, on the path of every rendering.
    static func space(_ scalar: Unicode.Scalar) -> StaticString? {
        switch scalar {
        case "\u{2002}": "\\hspace{0.5em}"  // en space
        case "\u{2003}": "\\hspace{1em}"  // em space
        case "\u{2004}": "\\hspace{0.33333em}"  // three-per-em space
        case "\u{2005}": "\\hspace{0.25em}"  // four-per-em space
        case "\u{2006}": "\\hspace{0.16667em}"  // six-per-em space
        case "\u{2009}": "\\hspace{0.16667em}"  // thin space, LaTeX's \, but breakable as a space is
        case "\u{200A}": "\\hspace{0.08333em}"  // hair space
        case "\u{200B}": "\\hspace{0pt}"  // zero-width space: a place to break, no width
        case "\u{202F}": "\\nobreak\\hspace{0.16667em}"  // narrow no-break space: LaTeX's \,
        case "\u{2060}": "\\nobreak{}"  // word joiner: no break here
        default: nil
        }
    }

    /// Whether a byte stands for itself in LaTeX text: letters, digits, spaces and the
    /// punctuation no rule above touches. Anything else, including every non-ASCII byte, takes
    /// the careful path.
    @inline(__always) private static func isPlain(_ byte: UInt8) -> Bool {
        // Letters, most of any text, first.
        if byte.isASCIILetter { return true }
        return switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ":"),
            UInt8(ascii: ";"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "+"), UInt8(ascii: "="),
            UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "*"):
            true
        default:
            false
        }
    }

    /// A URL for the first argument of hyperref's `\href`: characters that are not plain URL characters
    /// are percent-encoded, and those hyperref reads specially are escaped the way it expects.
    static func url(_ value: String) -> String {
        var output = ""
        for byte in value.utf8 {
            let character = Character(Unicode.Scalar(byte))
            switch character {
            case "%": output += "\\%"
            case "#": output += "\\#"
            case "&": output += "\\&"
            case "_": output += "\\_"
            case "~": output += "\\~"
            default:
                if byte < 0x80, urlSafe.contains(character) {
                    output.append(character)
                } else {
                    output += "\\%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
        }
        return output
    }

    /// ASCII characters that may stand in a URL as they are and mean nothing to TeX inside `\href`.
    private static let urlSafe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.:/?=+,;@!*'()")
}

extension Unicode.Scalar {
    /// Whether escaping passes the character on to TeX to be set from a font, rather than writing
    /// a space for it (control and line-break characters), a tie (`~` for a no-break space), a
    /// hyphenation point (`\-` for a soft hyphen), or the glue of another space (`space(_:)`).
    var isSetFromFont: Bool {
        !(isLineOrControl || self == "\u{00A0}" || self == "\u{00AD}" || LaTeXEscaping.space(self) != nil)
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
