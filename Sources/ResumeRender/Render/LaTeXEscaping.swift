import TeXTypesetting

/// Escapes values for LaTeX so that no value can run a command, change category codes or form a ligature.
package enum LaTeXEscaping {
    /// Text for the body: every special character spelled out, control characters turned into spaces.
    package static func text(_ value: String) -> String {
        // The plain bytes before the first character that needs a look are copied as they are
        // (from memory: a native string's bytes are not copied to be read); that character is
        // ASCII or starts a scalar, so the scalars can be read from there.
        var bytes = value
        let plainCount = bytes.withUTF8 { $0.prefix(while: isPlain).count }
        let utf8 = value.utf8
        guard plainCount < utf8.count else { return value }
        let firstSpecial = utf8.index(utf8.startIndex, offsetBy: plainCount)
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 16)
        bytes.withUTF8 { output.append(contentsOf: $0[..<plainCount]) }
        func add(_ text: StaticString) {
            output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        var scalars = value.unicodeScalars[firstSpecial...].makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            switch scalar {
            case "\\": add("\\textbackslash{}")
            case "{": add("\\{")
            case "}": add("\\}")
            case "$": add("\\$")
            case "&": add("\\&")
            case "#": add("\\#")
            case "%": add("\\%")
            case "_": add("\\_")
            case "^": add("\\textasciicircum{}")
            case "~": add("\\textasciitilde{}")
            case "\"": add("\\textquotedbl{}")
            case "<": add("\\textless{}")
            case ">": add("\\textgreater{}")
            case "|": add("\\textbar{}")
            case "`": add("\\textasciigrave{}")
            case "[": add("{[}")
            case "]": add("{]}")
            case "/": add("/\\allowbreak{}")
            case "\u{00A0}": add("~")
            case "\u{00AD}": add("\\-")
            // Doubled, these would become an en dash, a closing quote or a low quote.
            case "-", "'", ",":
                output.append(UInt8(scalar.value))
                if next == scalar { add("{}") }
            default:
                if scalar.isASCII, !scalar.isLineOrControl {
                    output.append(UInt8(scalar.value))  // stands for itself; no space or symbol is ASCII
                } else if let space = Self.spaces[scalar] {
                    output.append(contentsOf: space.utf8)
                } else if scalar.isLineOrControl {
                    if output.last != UInt8(ascii: " ") { output.append(UInt8(ascii: " ")) }
                } else if SymbolFont.sets(scalar) {
                    // A symbol the text fonts lack, in a group of its own font.
                    output.append(contentsOf: "{\\fontspec{\(SymbolFont.file)}\(scalar)}".utf8)
                } else {
                    output.append(contentsOf: scalar.utf8)
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The spaces of Unicode's General Punctuation block that résumés copied from word processors
    /// hold (French `40 %` with a narrow no-break space, thin spaces in numbers, zero-width
    /// spaces), set as the glue or break they stand for: the text fonts have no glyph for them,
    /// and the fit engine measures `\hspace` and `\nobreak` exactly.
    static let spaces: [Unicode.Scalar: String] = [
        "\u{2002}": "\\hspace{0.5em}",  // en space
        "\u{2003}": "\\hspace{1em}",  // em space
        "\u{2004}": "\\hspace{0.33333em}",  // three-per-em space
        "\u{2005}": "\\hspace{0.25em}",  // four-per-em space
        "\u{2006}": "\\hspace{0.16667em}",  // six-per-em space
        "\u{2009}": "\\hspace{0.16667em}",  // thin space, LaTeX's \, but breakable as a space is
        "\u{200A}": "\\hspace{0.08333em}",  // hair space
        "\u{200B}": "\\hspace{0pt}",  // zero-width space: a place to break, no width
        "\u{202F}": "\\nobreak\\hspace{0.16667em}",  // narrow no-break space: LaTeX's \,
        "\u{2060}": "\\nobreak{}",  // word joiner: no break here
    ]

    /// Whether a byte stands for itself in LaTeX text: letters, digits, spaces and the
    /// punctuation no rule above touches. Anything else, including every non-ASCII byte, takes
    /// the careful path.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ":"),
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
    /// hyphenation point (`\-` for a soft hyphen), or the glue of another space (`spaces`).
    var isSetFromFont: Bool {
        !(isLineOrControl || self == "\u{00A0}" || self == "\u{00AD}" || LaTeXEscaping.spaces[self] != nil)
    }
}

private extension String {
    func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
