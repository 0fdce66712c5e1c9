import Foundation
import ResumeModel

/// A JSON document made ready for libyaml, which reads JSON as YAML except for two things real
/// files contain: escaped surrogate pairs (`\ud83d\ude00`, as Python writes emoji), which YAML
/// writes as one `\U0001F600`, and tabs before a line's first token, which YAML reserves.
/// Locations in the prepared text map back to the file's own lines and columns.
package struct JSONSource {
    /// The file's text as decoded (LF line endings, no byte-order mark), for source excerpts.
    let text: String
    /// The text libyaml reads.
    let yaml: String
    /// Problems of the bytes (encoding, control characters) and of escapes, at their places.
    let diagnostics: [Diagnostic]
    let file: String
    /// For each line whose columns moved, where (in prepared columns) and by how much.
    private let shifts: [Int: [(after: Int, delta: Int)]]

    init(data: Data, file: String) {
        let decoded = SourceText(data: data, file: file)
        self.init(text: decoded.text, file: file, decodingProblems: decoded.diagnostics)
    }

    /// Prepares text already decoded, with the problems its decoding found.
    init(text: String, file: String, decodingProblems: [Diagnostic] = []) {
        var diagnostics = decodingProblems
        var shifts: [Int: [(after: Int, delta: Int)]] = [:]
        var lines: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let prepared = Self.prepare(Array(line.unicodeScalars), line: index + 1, file: file)
            lines.append(prepared.text)
            diagnostics += prepared.diagnostics
            if !prepared.shifts.isEmpty { shifts[index + 1] = prepared.shifts }
        }
        self.text = text
        self.yaml = lines.joined(separator: "\n")
        self.diagnostics = diagnostics
        self.file = file
        self.shifts = shifts
    }

    /// Whether the text is a JSON document (an object or array first), which the résumé loader
    /// prepares as ``JSONSource`` too, so that what JSON allows loads as JSON does.
    package static func looksLikeJSON(_ text: String) -> Bool {
        let first = text.utf8.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// The file's own place for a line and column of the prepared text.
    func location(line: Int, column: Int) -> SourceLocation {
        let delta = (shifts[line] ?? []).filter { $0.after <= column }.reduce(0) { $0 + $1.delta }
        return SourceLocation(file: file, line: line, column: column + delta)
    }
}

private extension JSONSource {
    /// One line: leading tabs become spaces (one for one, so columns stay), escaped surrogate
    /// pairs become one 8-digit escape, and a lone surrogate becomes U+FFFD with a warning.
    static func prepare(_ scalars: [Unicode.Scalar], line: Int, file: String)
        -> (text: String, diagnostics: [Diagnostic], shifts: [(after: Int, delta: Int)])
    {
        var output = String.UnicodeScalarView()
        var diagnostics: [Diagnostic] = []
        var shifts: [(after: Int, delta: Int)] = []
        var index = 0
        var leading = true
        while index < scalars.count {
            let scalar = scalars[index]
            if leading, scalar == "\t" {
                output.append(" ")
                index += 1
                continue
            }
            leading = leading && scalar == " "
            guard scalar == "\\", index + 1 < scalars.count else {
                output.append(scalar)
                index += 1
                continue
            }
            guard scalars[index + 1] == "u", let high = hexValue(scalars, at: index + 2), (0xD800...0xDFFF).contains(high) else {
                output.append(contentsOf: scalars[index...index + 1])  // any other escape, `\\` included
                index += 2
                continue
            }
            let column = index + 1
            if high <= 0xDBFF, index + 12 <= scalars.count, scalars[index + 6] == "\\", scalars[index + 7] == "u",
               let low = hexValue(scalars, at: index + 8), (0xDC00...0xDFFF).contains(low) {
                let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                let escape = "\\U" + hex(combined, digits: 8)
                output.append(contentsOf: escape.unicodeScalars)
                // What follows now starts two columns earlier than in the file.
                shifts.append((after: output.count + 1, delta: 12 - escape.unicodeScalars.count))
                index += 12
            } else {
                output.append(contentsOf: "\\uFFFD".unicodeScalars)
                diagnostics.append(Diagnostic(
                    .warning, at: SourceLocation(file: file, line: line, column: column),
                    "lone UTF-16 surrogate '\\u\(hex(high, digits: 4))' is not a character; imported as U+FFFD"))
                index += 6
            }
        }
        return (String(output), diagnostics, shifts)
    }

    /// The value of four hexadecimal digits at `start`, if they are there.
    static func hexValue(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        guard start + 4 <= scalars.count else { return nil }
        let digits = scalars[start..<start + 4]
        guard digits.allSatisfy({ $0.properties.isASCIIHexDigit }) else { return nil }
        return Int(String(String.UnicodeScalarView(digits)), radix: 16)
    }

    static func hex(_ value: Int, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
