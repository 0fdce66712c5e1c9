import Foundation
import ResumeModel
import ResumeRender
import ResumeSupport
import ResumeThemes

/// Reads the PDF a résumé compiles to back as a machine does — an applicant-tracking system sees
/// only its text layer — and checks that each value the LaTeX shows comes out whole: every word
/// in order, none merged with its neighbour or split in two, no ligature code points (U+FB00–FB06)
/// or glyphs without text, and the section titles and paragraphs in reading order. Part of
/// `resume lint --verify`.
///
/// The text layer is `pdftotext`'s (Poppler), in its reading order. A word TeX hyphenated at the
/// end of a line counts as whole, as parsers join such words; capitals a theme adds (`EDUCATION`)
/// and typographic quotes are not differences.
package struct TextLayerCheck: Sendable {
    public let theme: Theme
    /// How long TeX may run before it is stopped, in seconds.
    public var timeout: TimeInterval

    public init(theme: Theme, timeout: TimeInterval = TeXProcess.defaultTimeout) {
        self.theme = theme
        self.timeout = timeout
    }

    /// What the check found.
    public struct Result: Sendable {
        /// The values checked: section titles and paragraphs in order, other values anywhere.
        public var checked: Int
        /// One error per value that does not come out whole or in order.
        public var findings: [Diagnostic]
    }

    /// Why the check could not run.
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case pdftotextMissing
        case pdftotextFailed(String)

        public var description: String {
            switch self {
            case .pdftotextMissing:
                "the PDF's text check needs pdftotext; on Debian: apt-get install poppler-utils"
            case .pdftotextFailed(let message):
                "pdftotext could not read the compiled PDF: \(message)"
            }
        }
    }

    /// Compiles the résumé's LaTeX as `render -o cv.pdf` does and checks the PDF's text layer.
    public func check(_ resume: Resume, file: String) throws -> Result {
        let latex = try Renderer(theme: theme).render(resume, as: .tex, options: RenderOptions())
        guard let pdftotext = TeXInstallation().executable(named: "pdftotext") else { throw Problem.pdftotextMissing }
        let pdf = try PDFCompiler(timeout: timeout).compile(latex, engine: resume.requiredTeXEngine).pdf
        let run = try ChildProcess(executable: pdftotext.path, arguments: ["-enc", "UTF-8", "-", "-"], input: pdf, timeout: timeout).run()
        guard run.termination == .exited(0) else {
            throw Problem.pdftotextFailed(String(decoding: run.errors, as: UTF8.self).trimmingWhitespace)
        }
        return Self.compare(resume, latex: latex, text: String(decoding: run.output, as: UTF8.self), file: file)
    }

    /// The comparison of the values that `latex` shows with `text`, the PDF's text layer.
    static func compare(_ resume: Resume, latex: String, text: String, file: String) -> Result {
        let layer = TextLayer(text)
        var findings: [Diagnostic] = []
        let values = CheckedValues(resume: resume, latex: latex)
        func report(_ value: CheckedValues.Value, _ message: String) {
            let location = value.path.flatMap { resume.sourceMap[$0] } ?? SourceLocation(file: file, line: 1, column: 1)
            findings.append(
                Diagnostic(.error, at: SourceLocation(file: file, line: location.line, column: location.column), message, rule: Diagnostic.textLayerRuleID, path: value.path))
        }
        var cursor = 0
        var previous: CheckedValues.Value?
        for value in values.ordered {
            if let found = layer.find(value.words, from: cursor) {
                cursor = found.upperBound
                previous = value
            } else if layer.find(value.words, from: 0) != nil {
                report(value, "\(value.name) comes out of the PDF's text out of reading order, before \(previous?.name ?? "the text above it")")
            } else {
                report(value, layer.difference(from: value.words, name: value.name))
            }
        }
        for value in values.anywhere where layer.find(value.words, from: 0) == nil {
            report(value, layer.difference(from: value.words, name: value.name))
        }
        return Result(checked: values.ordered.count + values.anywhere.count, findings: findings.sortedByLocation())
    }
}

extension Diagnostic {
    /// The rule id of what the PDF's text check of `lint --verify` finds.
    package static let textLayerRuleID = "pdf-text"
}

/// The values of a résumé its LaTeX shows, as words to find in the PDF's text: section titles and
/// paragraphs in the order the document has them, and every other value (names, places, e-mail
/// addresses, phone numbers, dates) wherever the theme puts it.
private struct CheckedValues {
    struct Value {
        /// The value's path; nil for a section title the résumé does not write.
        var path: ValuePath?
        /// What messages call it: `work[0].highlights[1]`, `the section title 'Education'`.
        var name: String
        var words: [String]
    }

    var ordered: [Value] = []
    var anywhere: [Value] = []

    init(resume: Resume, latex: String) {
        let prose = resume.proseValues
        let shown = Set(prose.map(\.place))
        func value(_ path: ValuePath?, name: String, text: String) -> Value? {
            let words = TextLayer.words(of: text)
            guard !words.isEmpty, latex.contains(LaTeXEscaping.text(text)) else { return nil }
            return Value(path: path, name: name, words: words)
        }
        ordered += prose.filter { $0.place.section == nil }.compactMap { value($0.place, name: $0.place.description, text: $0.text) }
        for section in resume.placedSections {
            let title = section.title
            if let heading = value(nil, name: "the section title '\(title)'", text: title) { ordered.append(heading) }
            ordered += prose.filter { $0.place.section == section.kind }.compactMap { value($0.place, name: $0.place.description, text: $0.text) }
        }
        let sections = Set(resume.placedSections.map { $0.kind.rawValue })
        // Each entry's dates, as the theme's date style writes them (the others are not in the LaTeX).
        let localization = resume.localization
        for entry in resume.lintEntries {
            let path = [entry.place.field("startDate"), entry.place.field("date"), entry.place.field("endDate"), entry.place]
                .first { resume.sourceMap[$0] != nil }
            for style in DateStyle.allCases {
                let formatting = DateFormatting(style: style, localization: localization)
                guard let text = entry.date.map(formatting.format) ?? formatting.period(from: entry.startDate, to: entry.endDate),
                    let dates = value(path, name: "the dates of \(entry.place)", text: text)
                else { continue }
                anywhere.append(dates)
                break
            }
        }
        for text in resume.shownText {
            guard let path = text.place, !shown.contains(path), path.root == "basics" || sections.contains(path.root)
            else { continue }
            if let checked = value(path, name: path.description, text: text.text) { anywhere.append(checked) }
        }
    }
}

/// The words of a PDF's text layer, in reading order, each knowing whether it ends its line.
struct TextLayer {
    /// Each word as the PDF has it, lowercased for comparing, and whether it ends its line.
    private var words: [(text: String, folded: String, endsLine: Bool)] = []

    init(_ text: String) {
        for line in text.split(whereSeparator: \.isNewline) {
            let parts = Self.words(of: String(line))
            for (index, part) in parts.enumerated() { words.append((part, part.lowercased(), index == parts.count - 1)) }
        }
    }

    /// `text` split at white space, with typographic quotes and hyphens as ASCII, so that TeX's
    /// quotes are not differences (capitals a theme adds are not either: words are compared
    /// lowercased); East Asian punctuation stands apart.
    static func words(of text: String) -> [String] {
        var plain = ""
        plain.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "’", "‘", "‚": plain.unicodeScalars.append("'")
            case "“", "”", "„": plain.unicodeScalars.append("\"")
            case "\u{2010}", "\u{2011}": plain.unicodeScalars.append("-")
            // The spaces LaTeX sets as glue (see `LaTeXEscaping.space(_:)`) read as a space; a hair
            // space is too narrow for a reader to see a gap, and the zero-width ones are none.
            case "\u{A0}", "\u{202F}", "\u{2002}"..."\u{2006}", "\u{2009}": plain.unicodeScalars.append(" ")
            case "\u{200A}", "\u{200B}", "\u{2060}", "\u{FEFF}": continue
            // East Asian punctuation is a word of its own: its glyph has the space around it
            // built in, and xeCJK drops a typed space beside it.
            case "\u{3000}"..."\u{303F}", "\u{FF01}"..."\u{FF0F}", "\u{FF1A}"..."\u{FF20}", "\u{FF5B}"..."\u{FF65}":
                plain.unicodeScalars.append(contentsOf: [" ", scalar, " "])
            default: plain.unicodeScalars.append(scalar)
            }
        }
        return plain.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Where `expected` comes out whole, at or after word `start`: the range of the layer's words.
    func find(_ expected: [String], from start: Int) -> Range<Int>? {
        guard !expected.isEmpty, start < words.count else { return nil }
        let folded = expected.map { $0.lowercased() }
        for index in start..<words.count {
            if let end = match(folded, at: index) { return index..<end }
        }
        return nil
    }

    /// The end of `expected` when it comes out whole starting at word `index`. The first word may
    /// follow punctuation and the last be followed by it (`(Machine`, `PyTorch,`), and a word
    /// broken at a line's end counts as whole.
    private func match(_ expected: [String], at index: Int) -> Int? {
        var position = index
        for (number, word) in expected.enumerated() {
            guard position < words.count else { return nil }
            let (isFirst, isLast) = (number == 0, number == expected.count - 1)
            if Self.same(words[position].folded, word, first: isFirst, last: isLast) {
                position += 1
            } else if let joined = joinedAtLineEnd(position), joined.contains(where: { Self.same($0, word, first: isFirst, last: isLast) }) {
                position += 2
            } else {
                return nil
            }
        }
        return position
    }

    /// Whether `found` is `word`, allowing punctuation before the first word and after the last.
    private static func same(_ found: String, _ word: String, first: Bool, last: Bool) -> Bool {
        if found == word { return true }
        guard first || last, let range = found.range(of: word) else { return false }
        let before = found[..<range.lowerBound], after = found[range.upperBound...]
        let isPunctuation = { (text: Substring) in text.allSatisfy { $0.isPunctuation || $0.isSymbol } }
        return (before.isEmpty || (first && isPunctuation(before))) && (after.isEmpty || (last && isPunctuation(after)))
    }

    /// A word broken at the end of a line, joined with the next line's first word: at a hyphen,
    /// without it (TeX's) and with it (the word's own); elsewhere (a zero-width space, a break
    /// after a slash) as it is.
    private func joinedAtLineEnd(_ index: Int) -> [String]? {
        let word = words[index]
        guard word.endsLine, index + 1 < words.count else { return nil }
        let next = words[index + 1].folded
        guard word.folded.hasSuffix("-") else { return [word.folded + next] }
        return [word.folded.dropLast() + next, word.folded + next]
    }
}

extension TextLayer {
    /// What is wrong with `expected` in the layer, for a value not found whole: ligature code
    /// points, glyphs without text, words merged or split, or text missing altogether.
    func difference(from expected: [String], name: String) -> String {
        let lead = "\(name) does not come out of the PDF's text whole"
        guard let region = looseRegion(of: expected) else {
            let start = expected.prefix(6).joined(separator: " ")
            return "\(name) is not in the PDF's text: '\(start)\(expected.count > 6 ? " …" : "")' is not found"
        }
        let found = words[region].map(\.text)
        let (foundFolded, expectedFolded) = (words[region].map(\.folded), expected.map { $0.lowercased() })
        if let ligature = found.first(where: { $0.unicodeScalars.contains(where: Self.isLigature) }) {
            let scalar = ligature.unicodeScalars.first(where: Self.isLigature)!
            return "\(lead): it reads '\(ligature)', with the ligature \(scalar.codePoint) for '\(Self.ligatures[scalar] ?? "")', which a parser does not read as letters"
        }
        if let broken = found.first(where: { $0.contains("(cid:") || $0.contains("\u{FFFD}") }) {
            return "\(lead): it reads '\(broken)', glyphs with no text behind them"
        }
        for (index, word) in expected.enumerated() where index < found.count && foundFolded[index] != expectedFolded[index] {
            if index + 1 < expected.count, foundFolded[index].hasPrefix(expectedFolded[index] + expectedFolded[index + 1]) {
                return "\(lead): '\(word) \(expected[index + 1])' comes out merged as '\(found[index])'"
            }
            if index + 1 < found.count, expectedFolded[index] == foundFolded[index] + foundFolded[index + 1] {
                return "\(lead): '\(word)' comes out split as '\(found[index]) \(found[index + 1])'"
            }
            return "\(lead): it reads '\(found[index])' where the résumé has '\(word)'"
        }
        return "\(lead): its words come out as '\(found.joined(separator: " "))'"
    }

    /// The words of the layer that hold `expected`'s letters in order, ignoring spaces, hyphens,
    /// punctuation and ligatures.
    private func looseRegion(of expected: [String]) -> Range<Int>? {
        let target = Self.letters(expected.joined().lowercased())
        guard !target.isEmpty else { return nil }
        var text: [Character] = []
        var owner: [Int] = []
        for (index, word) in words.enumerated() {
            for character in Self.letters(word.folded) {
                text.append(character)
                owner.append(index)
            }
        }
        guard target.count <= text.count else { return nil }
        for start in 0...(text.count - target.count) where text[start] == target[0] {
            if text[start..<start + target.count].elementsEqual(target) {
                return owner[start]..<owner[start + target.count - 1] + 1
            }
        }
        return nil
    }

    /// The letters and digits of `text`, ligatures spelt out.
    private static func letters(_ text: String) -> [Character] {
        var letters: [Character] = []
        for scalar in text.unicodeScalars {
            if let spelt = ligatures[scalar] {
                letters += spelt
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                letters.append(Character(scalar))
            }
        }
        return letters
    }

    private static func isLigature(_ scalar: Unicode.Scalar) -> Bool { ligatures[scalar] != nil }

    /// The Latin ligatures of Unicode's Alphabetic Presentation Forms, U+FB00–FB06, spelt out.
    static let ligatures: [Unicode.Scalar: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl", "\u{FB05}": "st",
        "\u{FB06}": "st",
    ]
}
