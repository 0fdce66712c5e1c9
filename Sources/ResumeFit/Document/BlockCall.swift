import ResumeThemes

/// One call of a block macro in the body of a rendered LaTeX document, such as `\cvitem{…}`:
/// the unit the fit engine lays out.
struct BlockCall: Sendable, Equatable {
    var name: String
    var arguments: [String]
    /// The call as written in the document, for finding it again.
    var source: String
    /// Where each argument's text is in the document, in bytes (inside its braces).
    var argumentRanges: [Range<Int>] = []
}

/// Reads the body of a LaTeX document a theme rendered into the sequence of block calls it is
/// made of, each with the arguments the vocabulary (`Block`) gives it.
struct LaTeXBodyReader {

    enum Problem: Error, Equatable, CustomStringConvertible {
        case missingBody
        case unknownCommand(String)
        case unexpectedText(String)
        case unbalancedBraces

        var description: String {
            switch self {
            case .missingBody: "the LaTeX has no \\begin{document} … \\end{document}"
            case .unknownCommand(let name): "the document body uses \\\(name), which the fit engine does not know"
            case .unexpectedText(let text): "the document body has text outside a block macro: '\(text.prefix(40))'"
            case .unbalancedBraces: "the document body has unbalanced braces"
            }
        }
    }

    /// The blocks the body may call, and their number of arguments.
    let arities = DocumentLayout.arity

    /// Splits a whole document at `\begin{document}` and reads its body.
    static func read(document: String) throws -> (preamble: String, blocks: [BlockCall]) {
        guard let begin = document.firstByteRange(of: "\\begin{document}"),
            let end = document[begin.upperBound...].firstByteRange(of: "\\end{document}")
        else { throw Problem.missingBody }
        let preamble = String(document[..<begin.lowerBound])
        return (preamble, try LaTeXBodyReader().blocks(in: document[begin.upperBound..<end.lowerBound]))
    }

    /// The block calls of a body, in order; setup commands are dropped, anything else is an error.
    func blocks(in body: Substring) throws -> [BlockCall] {
        /// A position's byte offset in the whole document.
        func offset(of index: Substring.Index) -> Int { body.base.utf8.distance(from: body.base.startIndex, to: index) }
        var blocks: [BlockCall] = []
        var rest = body
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("%") {
                rest = rest.drop { $0 != "\n" }
                continue
            }
            guard let first = rest.first else { return blocks }
            guard first == "\\" else { throw Problem.unexpectedText(String(rest.prefix { $0 != "\n" })) }
            let callStart = rest.startIndex
            let name = String(rest.dropFirst().prefix { $0.isLetter })
            rest = rest.dropFirst(name.count + 1)
            guard let arity = arities[name] ?? Block.bodySetupCommands[name] else { throw Problem.unknownCommand(name) }
            var arguments: [String] = []
            var ranges: [Range<Int>] = []
            for _ in 0..<arity {
                rest = rest.drop { $0 == " " }
                let open = offset(of: rest.startIndex)
                arguments.append(try Self.group(&rest))
                ranges.append((open + 1)..<(offset(of: rest.startIndex) - 1))
            }
            if arities[name] != nil {
                blocks.append(
                    BlockCall(
                        name: name, arguments: arguments, source: String(body[callStart..<rest.startIndex]),
                        argumentRanges: ranges))
            }
        }
    }

    /// Reads one brace-delimited argument, honouring escaped braces (`\{`, `\}`). Braces and
    /// backslashes are ASCII, so the bytes are walked, as TeX reads them.
    static func group(_ text: inout Substring) throws -> String {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "{"),
            let close = bytes.withContiguousStorageIfAvailable({ closingBrace(of: $0) }) ?? closingBrace(of: bytes)
        else { throw Problem.unbalancedBraces }
        let end = bytes.index(bytes.startIndex, offsetBy: close)
        let argument = text[bytes.index(after: bytes.startIndex)..<end]
        text = text[bytes.index(after: end)...]
        return String(argument)
    }

    /// The offset of the `}` that closes the group `bytes` opens, or nil when none does.
    private static func closingBrace<Bytes: Collection<UInt8>>(of bytes: Bytes) -> Int? {
        var depth = 0
        var escaped = false
        for (offset, byte) in bytes.enumerated() {
            if escaped {
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: "{") {
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { return offset }
            }
        }
        return nil
    }
}
