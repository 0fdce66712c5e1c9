import Foundation
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

    /// The whole document, for the rare place where a Character decides what the bytes mean.
    private let document: String
    /// The document's UTF-8 bytes.
    private let bytes: UnsafeBufferPointer<UInt8>
    /// The body's bytes, between `\begin{document}` and `\end{document}`.
    private let body: Range<Int>

    /// Splits a whole document at `\begin{document}` and reads its body.
    static func read(document: String) throws -> (preamble: String, blocks: [BlockCall]) {
        // A native string's bytes are read in place; any other is made native first.
        if let read = try document.utf8.withContiguousStorageIfAvailable({ try read(document, bytes: $0) }) {
            return read
        }
        var native = document
        native.makeContiguousUTF8()
        return try read(document: native)
    }

    private static func read(_ document: String, bytes: UnsafeBufferPointer<UInt8>) throws -> (preamble: String, blocks: [BlockCall]) {
        guard let begin = find("\\begin{document}", in: bytes, from: 0),
            let end = find("\\end{document}", in: bytes, from: begin.upperBound)
        else { throw Problem.missingBody }
        let reader = LaTeXBodyReader(document: document, bytes: bytes, body: begin.upperBound..<end.lowerBound)
        return (String(decoding: bytes[..<begin.lowerBound], as: UTF8.self), try reader.blocks())
    }

    /// Where `pattern` first occurs in `bytes` at or after `start`: `memchr` finds each candidate
    /// first byte, as the body is long and its backslashes are few.
    private static func find(_ pattern: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        guard let base = bytes.baseAddress else { return nil }
        var offset = start
        while offset + needle.count <= bytes.count {
            guard let found = memchr(base + offset, Int32(needle[0]), bytes.count - needle.count + 1 - offset) else { return nil }
            offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, needle.baseAddress!, needle.count) == 0 { return offset..<(offset + needle.count) }
            offset += 1
        }
        return nil
    }

    /// The block calls of the body, in order; setup commands are dropped, anything else is an error.
    ///
    /// The body is ASCII but for the text of the arguments, so its bytes are walked; where a byte
    /// beyond ASCII stands between the calls, the Characters there decide, as TeX source is read
    /// by people.
    private func blocks() throws -> [BlockCall] {
        var blocks: [BlockCall] = []
        var position = body.lowerBound
        while true {
            position = skipWhitespace(from: position)
            guard position < body.upperBound else { return blocks }
            if bytes[position] == UInt8(ascii: "%") {
                position = lineEnd(from: position)
                continue
            }
            guard bytes[position] == UInt8(ascii: "\\"), isASCIICharacter(at: position) || character(at: position) == "\\" else {
                throw Problem.unexpectedText(String(rest(from: position).prefix { $0 != "\n" }))
            }
            let callStart = position
            var nameEnd = position + 1
            while nameEnd < body.upperBound, bytes[nameEnd].isASCIILetter { nameEnd += 1 }
            let name: String
            if nameEnd == body.upperBound || bytes[nameEnd] < 0x80 {
                name = text(position + 1..<nameEnd)
                position = nameEnd
            } else {
                // A letter beyond ASCII, or a scalar joining the last letter: read as Characters.
                let rest = rest(from: position)
                name = String(rest.dropFirst().prefix { $0.isLetter })
                position = offset(of: rest.dropFirst(name.count + 1).startIndex)
            }
            let blockArity = arities[name]
            guard let arity = blockArity ?? Block.bodySetupCommands[name] else { throw Problem.unknownCommand(name) }
            var arguments: [String] = []
            var ranges: [Range<Int>] = []
            arguments.reserveCapacity(arity)
            ranges.reserveCapacity(arity)
            for _ in 0..<arity {
                position = skipSpaces(from: position)
                guard position < body.upperBound, bytes[position] == UInt8(ascii: "{"), let close = closingBrace(from: position) else {
                    throw Problem.unbalancedBraces
                }
                arguments.append(text(position + 1..<close))
                ranges.append(position + 1..<close)
                position = close + 1
            }
            if blockArity != nil {
                blocks.append(BlockCall(name: name, arguments: arguments, source: text(callStart..<position), argumentRanges: ranges))
            }
        }
    }
}

private extension LaTeXBodyReader {
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The body from `offset` on, as text.
    func rest(from offset: Int) -> Substring {
        let utf8 = document.utf8
        return document[utf8.index(utf8.startIndex, offsetBy: offset)..<utf8.index(utf8.startIndex, offsetBy: body.upperBound)]
    }

    func offset(of index: String.Index) -> Int {
        document.utf8.distance(from: document.startIndex, to: index)
    }

    /// The Character that starts at `offset`, read in the body from there on.
    func character(at offset: Int) -> Character? {
        rest(from: offset).first
    }

    /// Whether the Character at `offset` is the ASCII byte there alone: no Unicode scalar after
    /// it joins it.
    func isASCIICharacter(at offset: Int) -> Bool {
        guard bytes[offset] < 0x80 else { return false }
        let next = offset + 1
        return next == body.upperBound || bytes[next] < 0x80 && !(bytes[offset] == 0x0D && bytes[next] == 0x0A)
    }

    /// The first offset from `position` on that is not white space.
    func skipWhitespace(from position: Int) -> Int {
        var position = position
        while position < body.upperBound {
            if isASCIICharacter(at: position) {
                guard bytes[position].isASCIIWhitespace else { break }
                position += 1
            } else {
                let rest = rest(from: position)
                guard let character = rest.first, character.isWhitespace else { break }
                position = offset(of: rest.dropFirst().startIndex)
            }
        }
        return position
    }

    /// The first offset from `position` on that is not a space.
    func skipSpaces(from position: Int) -> Int {
        var position = position
        while position < body.upperBound, bytes[position] == UInt8(ascii: " ") {
            if position + 1 < body.upperBound, bytes[position + 1] >= 0x80, character(at: position) != " " { break }
            position += 1
        }
        return position
    }

    /// Where the line that `position` is on ends: at its line feed, or the body's end. A carriage
    /// return and line feed are one Character, which is not a line feed.
    func lineEnd(from position: Int) -> Int {
        var position = position
        while position < body.upperBound {
            if bytes[position] == UInt8(ascii: "\n"), bytes[position - 1] != 0x0D { break }
            position += 1
        }
        return position
    }

    /// The offset of the `}` that closes the group opening at `open`, or nil when none does in
    /// the body. Braces and backslashes are ASCII, so the bytes are walked, as TeX reads them;
    /// `\{` and `\}` are escaped braces.
    func closingBrace(from open: Int) -> Int? {
        var depth = 0
        var offset = open
        while offset < body.upperBound {
            switch bytes[offset] {
            case UInt8(ascii: "\\"):
                offset += 1
            case UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return offset }
            default:
                break
            }
            offset += 1
        }
        return nil
    }
}
