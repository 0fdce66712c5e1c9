import ResumeLoading
import ResumeModel

/// Records layout values in a résumé's `meta.layout` by editing only the text they need — a value
/// replaced in place, a key added to the mapping that holds the others, or a `layout:` line added
/// to `meta` — so the file keeps its comments, order and style. Places come from the loader's
/// source map; the edited text is loaded again and must give the same résumé with the new values.
public struct LayoutEdit {
    public let source: String
    public let resume: Resume
    public let file: String
    public let options: LoadOptions

    public init(source: String, resume: Resume, file: String, options: LoadOptions = LoadOptions()) {
        self.source = source
        self.resume = resume
        self.file = file
        self.options = options
    }

    /// Why the file cannot be edited.
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The text with `overrides` as its `meta.layout`.
    public func applying(_ overrides: LayoutOverrides) throws -> String {
        guard !JSONSource.looksLikeJSON(source) else {
            throw Problem(description: "\(file) is JSON; --write edits YAML résumés only (add meta.layout by hand)")
        }
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        let existing = resume.meta.layout.values
        // Values the file already has: replaced where they stand, last line first so places hold.
        let replaced = FitKnob.allCases.filter { existing[$0] != nil && overrides.values[$0] != nil }
        for knob in replaced.reversed() {
            guard let place = resume.sourceMap["meta.layout.\(knob.rawValue)"] else { throw unplaced("meta.layout.\(knob.rawValue)") }
            try replaceScalar(at: place, with: overrides.values[knob]!.description, in: &lines)
        }
        let added = FitKnob.allCases.filter { existing[$0] == nil }.compactMap { knob in overrides.values[knob].map { (knob, $0) } }
        if !added.isEmpty {
            let pairs = added.map { "\($0.0.rawValue): \($0.1)" }
            if let layout = resume.sourceMap["meta.layout"] {
                try insert(pairs, intoMappingAt: layout, in: &lines)
            } else if let meta = resume.sourceMap["meta"] {
                try insert(["layout: {\(pairs.joined(separator: ", "))}"], intoMappingAt: meta, in: &lines)
            } else {
                if lines.last?.isEmpty == true { lines.removeLast() }
                lines += ["", "meta:", "  layout: {\(pairs.joined(separator: ", "))}", ""].map { Array($0.unicodeScalars) }
            }
        }
        let text = lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
        try check(text, gives: overrides)
        return text
    }
}

private extension LayoutEdit {
    func unplaced(_ path: String) -> Problem {
        Problem(description: "\(file): cannot tell where \(path) is written; set meta.layout by hand")
    }

    /// Replaces the plain or quoted scalar that starts at `place`.
    func replaceScalar(at place: SourceLocation, with text: String, in lines: inout [[Unicode.Scalar]]) throws {
        let row = place.line - 1
        let start = place.column - 1
        guard lines.indices.contains(row), lines[row].indices.contains(start) else { throw unplaced("a meta.layout value") }
        let line = lines[row]
        var end = start
        if line[start] == "\"" || line[start] == "'" {
            end += 1
            while end < line.count, line[end] != line[start] { end += 1 }
            end = min(end + 1, line.count)
        } else {
            while end < line.count, !",}]#".unicodeScalars.contains(line[end]) { end += 1 }
            while end > start, line[end - 1] == " " || line[end - 1] == "\t" { end -= 1 }
        }
        lines[row].replaceSubrange(start..<end, with: text.unicodeScalars)
    }

    /// Adds `pairs` to the mapping whose first key (block) or opening brace (flow) is at `place`.
    func insert(_ pairs: [String], intoMappingAt place: SourceLocation, in lines: inout [[Unicode.Scalar]]) throws {
        let row = place.line - 1
        let start = place.column - 1
        guard lines.indices.contains(row), lines[row].indices.contains(start) else { throw unplaced("meta") }
        if lines[row][start] == "{" {
            // A flow mapping: before its closing brace, which may be on a later line.
            var depth = 0
            var quote: Unicode.Scalar?
            for (index, line) in lines.enumerated().dropFirst(row) {
                for column in (index == row ? start : 0)..<line.count {
                    let character = line[column]
                    if let open = quote {
                        if character == open { quote = nil }
                        continue
                    }
                    switch character {
                    case "\"", "'": quote = character
                    case "{", "[": depth += 1
                    case "}", "]":
                        depth -= 1
                        if depth == 0 {
                            var end = column
                            while end > 0, line[end - 1] == " " { end -= 1 }
                            let empty = end > 0 && line[end - 1] == "{"
                            let text = (empty ? "" : ", ") + pairs.joined(separator: ", ")
                            lines[index].replaceSubrange(end..<column, with: text.unicodeScalars)
                            return
                        }
                    default: break
                    }
                }
            }
            throw unplaced("the end of a meta mapping")
        }
        // A block mapping: new lines above its first key, at that key's indentation.
        let indent = String(repeating: " ", count: start)
        lines.insert(contentsOf: pairs.map { Array((indent + $0).unicodeScalars) }, at: row)
    }

    /// Loads `text` and makes sure it is the résumé it was with `overrides` as its layout.
    func check(_ text: String, gives overrides: LayoutOverrides) throws {
        let loaded = ResumeLoader.load(yaml: text, file: file, options: options)
        var expected = resume
        expected.meta.layout = overrides
        guard var edited = loaded.resume, edited.meta.layout == overrides else {
            throw Problem(description: "\(file): the edit would not read back as intended (this is a bug); nothing was written")
        }
        edited.sourceMap = expected.sourceMap
        guard edited == expected else {
            throw Problem(description: "\(file): the edit would change more than meta.layout (this is a bug); nothing was written")
        }
    }
}
