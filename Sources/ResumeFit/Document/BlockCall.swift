import ResumeSupport
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
    ///
    /// The body is read as Characters are compared, but byte by byte where that gives the same
    /// answer: the body is ASCII but for the text of the arguments.
    func blocks(in body: Substring) throws -> [BlockCall] {
        let bytes = body.utf8
        /// A position's byte offset in the whole document.
        func offset(of index: Substring.Index) -> Int { body.base.utf8.distance(from: body.base.startIndex, to: index) }
        /// Whether the Character at `index` is the ASCII byte there alone: no Unicode scalar
        /// after it joins it.
        func isASCIICharacter(at index: Substring.Index) -> Bool {
            guard bytes[index] < 0x80 else { return false }
            let next = bytes.index(after: index)
            return next == bytes.endIndex || bytes[next] < 0x80 && !(bytes[index] == 0x0D && bytes[next] == 0x0A)
        }
        var blocks: [BlockCall] = []
        var rest = body
        while true {
            while let byte = rest.utf8.first {
                if isASCIICharacter(at: rest.startIndex) {
                    guard byte.isASCIIWhitespace else { break }
                    rest = rest[bytes.index(after: rest.startIndex)...]
                } else {
                    guard let character = rest.first, character.isWhitespace else { break }
                    rest = rest.dropFirst()
                }
            }
            if rest.utf8.first == UInt8(ascii: "%") {
                rest = rest.drop { $0 != "\n" }
                continue
            }
            guard let first = rest.utf8.first else { return blocks }
            guard first == UInt8(ascii: "\\"), isASCIICharacter(at: rest.startIndex) || rest.first == "\\" else {
                throw Problem.unexpectedText(String(rest.prefix { $0 != "\n" }))
            }
            let callStart = rest.startIndex
            let nameStart = bytes.index(after: callStart)
            var nameEnd = nameStart
            while nameEnd < rest.endIndex, bytes[nameEnd].isASCIILetter { nameEnd = bytes.index(after: nameEnd) }
            let name: String
            if nameEnd == rest.endIndex || bytes[nameEnd] < 0x80 {
                name = String(rest[nameStart..<nameEnd])
                rest = rest[nameEnd...]
            } else {
                // A letter beyond ASCII, or a scalar joining the last letter: read as Characters.
                name = String(rest.dropFirst().prefix { $0.isLetter })
                rest = rest.dropFirst(name.count + 1)
            }
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
