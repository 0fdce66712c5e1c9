/// Reads a theme template's tags before it is compiled, following delimiter changes, to find what
/// themes may not use (unescaped interpolation, pragmas) and which partials it includes.
struct TemplateScan {
    /// A tag that themes may not use, with its 1-based line.
    struct Problem: Equatable {
        var line: Int
        var message: String
    }

    /// A partial the template includes, with its 1-based line.
    struct PartialUse: Equatable {
        var name: String
        var line: Int
    }

    private(set) var problems: [Problem] = []
    private(set) var partials: [PartialUse] = []

    /// Scans the template's UTF-8 bytes: tags and delimiters are matched byte for byte, which is
    /// exact for any delimiter and much faster than walking Characters.
    init(_ source: String) {
        let bytes = Array(source.utf8)
        var start = Array("{{".utf8)
        var end = Array("}}".utf8)
        var index = 0
        var line = 1
        while let open = bytes.firstIndex(of: start, from: index) {
            line += bytes[index..<open].count(of: Self.newline)
            let body = open + start.count
            guard let close = bytes.firstIndex(of: end, from: body) else { break }
            let tag = String(decoding: bytes[body..<close], as: UTF8.self)
            let next = close + end.count
            let written = String(decoding: start, as: UTF8.self) + tag + String(decoding: end, as: UTF8.self)
            switch tag.first {
            case "{", "&":
                problems.append(Problem(
                    line: line,
                    message: "unescaped interpolation '\(written)' is not allowed; every value must be escaped"
                        + " (in LaTeX templates, switch delimiters first: {{=<< >>=}})"))
            case "%":
                problems.append(Problem(
                    line: line, message: "pragma '\(written)' is not allowed; the renderer sets the content type"))
            case ">", "<":
                let name = tag.dropFirst().trimmingWhitespace
                if !name.hasPrefix("*") { partials.append(PartialUse(name: name, line: line)) }
            case "=":
                let delimiters = tag.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if tag.hasSuffix("="), delimiters.count == 2 {
                    start = Array(delimiters[0].utf8)
                    end = Array(delimiters[1].utf8)
                }
            default:
                break
            }
            line += bytes[body..<close].count(of: Self.newline)
            index = next
        }
    }

    private static let newline = UInt8(ascii: "\n")
}

private extension ArraySlice where Element == UInt8 {
    func count(of byte: UInt8) -> Int {
        reduce(0) { $0 + ($1 == byte ? 1 : 0) }
    }
}

private extension Array where Element == UInt8 {
    /// The first position at or after `from` where `pattern` starts.
    func firstIndex(of pattern: [UInt8], from: Int) -> Int? {
        guard !pattern.isEmpty, count >= pattern.count, from <= count - pattern.count else { return nil }
        for position in from...(count - pattern.count) where self[position] == pattern[0] {
            if self[position..<(position + pattern.count)].elementsEqual(pattern) { return position }
        }
        return nil
    }
}
