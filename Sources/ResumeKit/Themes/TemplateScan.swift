import Foundation

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

    init(_ source: String) {
        let characters = Array(source)
        var start = Array("{{")
        var end = Array("}}")
        var index = 0
        var line = 1
        while let open = characters.firstIndex(of: start, from: index) {
            line += characters[index..<open].count(where: \.isNewline)
            let body = open + start.count
            guard let close = characters.firstIndex(of: end, from: body) else { break }
            let tag = String(characters[body..<close])
            let next = close + end.count
            let written = String(start) + tag + String(end)
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
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.hasPrefix("*") { partials.append(PartialUse(name: name, line: line)) }
            case "=":
                let delimiters = tag.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if tag.hasSuffix("="), delimiters.count == 2 {
                    start = Array(delimiters[0])
                    end = Array(delimiters[1])
                }
            default:
                break
            }
            line += characters[body..<close].count(where: \.isNewline)
            index = next
        }
    }
}

private extension Array where Element == Character {
    /// The first position at or after `from` where `pattern` starts.
    func firstIndex(of pattern: [Character], from: Int) -> Int? {
        guard !pattern.isEmpty, count >= pattern.count, from <= count - pattern.count else { return nil }
        for position in from...(count - pattern.count) where self[position] == pattern[0] {
            if self[position..<(position + pattern.count)].elementsEqual(pattern) { return position }
        }
        return nil
    }
}
