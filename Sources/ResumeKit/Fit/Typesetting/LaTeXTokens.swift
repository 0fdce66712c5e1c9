/// A token of paragraph text as TeX's input processor produces it with LaTeX's category codes.
enum LaTeXToken: Equatable {
    /// A control word (`\textbf`) or control symbol (`\%`, `\-`, `\ `), by name.
    case command(String)
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

/// Splits LaTeX source into tokens: spaces after a control word are skipped, runs of blanks become
/// one space, and a `%` comment runs to the end of its line.
enum LaTeXTokenizer {
    static func tokens(_ source: String) -> [LaTeXToken] {
        let scalars = Array(source.unicodeScalars)
        var tokens: [LaTeXToken] = []
        tokens.reserveCapacity(scalars.count)
        var index = 0
        var skippingBlanks = false
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\\":
                guard index < scalars.count else {
                    tokens.append(.command(""))
                    break
                }
                if scalars[index].isASCIILetter {
                    let start = index
                    while index < scalars.count, scalars[index].isASCIILetter { index += 1 }
                    var name = ""
                    name.unicodeScalars.append(contentsOf: scalars[start..<index])
                    tokens.append(.command(name))
                    skippingBlanks = true
                    continue
                }
                let symbol = scalars[index]
                index += 1
                tokens.append(.command(String(symbol)))
                skippingBlanks = symbol == " "
                continue
            case " ", "\t", "\n", "\r":
                if !skippingBlanks { tokens.append(.space) }
                skippingBlanks = true
                continue
            case "%":
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                index += 1
                skippingBlanks = true
                continue
            case "{": tokens.append(.beginGroup)
            case "}": tokens.append(.endGroup)
            case "~": tokens.append(.tie)
            case "$", "#", "^", "_", "&": tokens.append(.unsupported(scalar))
            default: tokens.append(.character(scalar))
            }
            skippingBlanks = false
        }
        return tokens
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }
}
