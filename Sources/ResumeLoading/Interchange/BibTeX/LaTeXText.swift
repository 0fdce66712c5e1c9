import Foundation

/// Turns the LaTeX in a BibTeX value into plain text: accents (`{\"u}`, `\'e`, `\c{c}`) and
/// letters (`{\ss}`, `\o`) into their characters, `--` and `---` into dashes, `~` into a space,
/// protecting braces (`{BERT}`) and font commands (`\emph{…}`) into their text.
///
/// A command it does not know is kept as its argument (or dropped when it has none) and named in
/// `unknownCommands`, for the importer to report.
struct LaTeXText {
    /// The text, composed (NFC) so `\"u` is the one character ü.
    let text: String
    /// Commands not in the tables below, in order of first use: `\foo`.
    let unknownCommands: [String]

    /// Accent commands and the combining mark each puts on the next letter.
    static let accents: [String: Unicode.Scalar] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "~": "\u{0303}",
        "=": "\u{0304}", ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}",
        "c": "\u{0327}", "k": "\u{0328}", "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}",
    ]

    /// Commands that stand for a character or a word.
    static let symbols: [String: String] = [
        "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "&": "&", "%": "%", "$": "$", "#": "#", "_": "_",
        "{": "{", "}": "}", " ": " ", ",": " ", ";": " ", "\\": " ", "textendash": "–", "textemdash": "—",
        "textquoteright": "’", "textquoteleft": "‘", "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX",
        "dag": "†", "ddag": "‡", "S": "§", "P": "¶", "copyright": "©", "pounds": "£", "euro": "€",
        "ldots": "…", "dots": "…", "textregistered": "®", "texttrademark": "™", "slash": "/", "-": "",
    ]

    /// Commands whose one braced argument is the text: fonts, emphasis, links.
    static let textCommands: Set<String> = [
        "emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textsl", "textup",
        "textnormal", "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "url", "mbox", "hbox", "text",
        "uppercase", "MakeUppercase", "lowercase", "MakeLowercase", "ensuremath", "NoCaseChange", "protect",
    ]

    /// Declarations that change the font of what follows in their group: dropped.
    static let declarations: Set<String> = [
        "em", "it", "bf", "sc", "tt", "rm", "sf", "sl", "itshape", "bfseries", "scshape", "ttfamily",
        "normalfont", "upshape", "small", "footnotesize", "large", "relax",
    ]

    init(_ latex: String) {
        var reader = Reader(scalars: Array(latex.unicodeScalars))
        let text = reader.read()
        self.text = text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        self.unknownCommands = reader.unknown
    }
}

extension LaTeXText {
    /// One pass over the value's characters.
    fileprivate struct Reader {
        let scalars: [Unicode.Scalar]
        var index = 0
        var unknown: [String] = []
        /// How deep reading has nested (groups, accents on accents); past `maxDepth` the rest is
        /// kept as it is written, so `\'\'\'…` a million times cannot exhaust the stack.
        var depth = 0
        static let maxDepth = 64

        var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func read(until end: Unicode.Scalar? = nil) -> String {
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxDepth else {
                let rest = String(String.UnicodeScalarView(scalars[index...]))
                index = scalars.count
                return rest
            }
            var out = String.UnicodeScalarView()
            while let scalar = current {
                if scalar == end {
                    index += 1
                    break
                }
                index += 1
                switch scalar {
                case "{":
                    out.append(contentsOf: read(until: "}").unicodeScalars)
                case "}":
                    break  // unbalanced here only when the parser let it through a quoted value
                case "\\":
                    out.append(contentsOf: command().unicodeScalars)
                case "~":
                    out.append(" ")
                case "$":
                    break  // math delimiters: the formula's text is kept
                case "-" where current == "-":
                    index += 1
                    if current == "-" {
                        index += 1
                        out.append("—")
                    } else {
                        out.append("–")
                    }
                case "`" where current == "`", "'" where current == "'":
                    index += 1
                    out.append(scalar == "`" ? "“" : "”")
                default:
                    out.append(scalar)
                }
            }
            return String(out)
        }

        /// After a backslash: the command's text.
        mutating func command() -> String {
            depth += 1
            defer { depth -= 1 }
            guard let first = current else { return "" }
            guard depth <= Self.maxDepth else { return read() }
            var name = String(first)
            index += 1
            if first.properties.isAlphabetic {
                while let next = current, next.properties.isAlphabetic, next.isASCII {
                    name.unicodeScalars.append(next)
                    index += 1
                }
            }
            let isWord = first.properties.isAlphabetic
            if let mark = LaTeXText.accents[name] {
                return accent(mark, afterWord: isWord)
            }
            if isWord { skipSpaces() }
            if let symbol = LaTeXText.symbols[name] { return symbol }
            if LaTeXText.textCommands.contains(name) { return argument() }
            if LaTeXText.declarations.contains(name) { return "" }
            if !unknown.contains("\\" + name) { unknown.append("\\" + name) }
            return current == "{" ? argument() : ""
        }

        /// The letter after an accent command (`\'e`, `\'{e}`, `\c c`), with its mark.
        mutating func accent(_ mark: Unicode.Scalar, afterWord: Bool) -> String {
            if afterWord { skipSpaces() }
            var base: String
            if current == "{" {
                index += 1
                base = read(until: "}")
            } else if current == "\\" {
                index += 1
                base = command()  // \'\i
            } else if let letter = current {
                index += 1
                base = String(letter)
            } else {
                return String(mark)
            }
            if base == "ı" { base = "i" }  // \'{\i} is í
            if base == "ȷ" { base = "j" }
            guard let first = base.unicodeScalars.first else { return String(mark) }
            var scalars = String.UnicodeScalarView([first])
            scalars.append(mark)
            scalars.append(contentsOf: base.unicodeScalars.dropFirst())
            return String(scalars)
        }

        /// A braced argument's text, or the next character when there are no braces.
        mutating func argument() -> String {
            skipSpaces()
            guard current == "{" else { return "" }
            index += 1
            return read(until: "}")
        }

        mutating func skipSpaces() {
            while current == " " { index += 1 }
        }
    }
}
