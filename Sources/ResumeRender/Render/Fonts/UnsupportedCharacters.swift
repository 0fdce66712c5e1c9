import ResumeModel
import ResumeSupport
import ResumeThemes

/// The characters of a résumé that its LaTeX document would show but none of the theme's fonts
/// has: TeX would drop them from the PDF without a word. Each is found where it first appears in
/// the file; HTML and plain text show them all.
public struct UnsupportedCharacters: Sendable {
    /// The engine the résumé's LaTeX is written for, and the theme's fonts for it.
    public let fonts: TeXFonts
    /// The theme's name, for messages.
    package let themeName: String
    /// Each character once, in the order of where it first appears.
    public let characters: [UnsupportedCharacter]

    /// Finds the characters in `resume` as `theme` would set them; `source`, the file's text, lets
    /// each be located at its column rather than at the start of its value.
    public init(resume: Resume, theme: Theme, file: String, source: String?) {
        self.init(resume: resume, shown: resume.shownText, theme: theme, file: file, source: source)
    }

    /// The same, with the résumé's `shownText` made already.
    package init(resume: Resume, shown: [ShownText], theme: Theme, file: String, source: String?) {
        let scripts = DocumentScripts(resume, shown: shown)
        let fonts = TeXFonts(
            theme: theme, engine: scripts.engine, region: scripts.cjkRegion,
            setsCyrillicAndGreekInCMU: scripts.setsCyrillicAndGreekInCMU)
        self.fonts = fonts
        themeName = theme.name
        // Where each character appears, by index into `shown`, and in which order they are met.
        var appearances: [Unicode.Scalar: [Int]] = [:]
        var order: [Unicode.Scalar] = []
        var covered: Set<Unicode.Scalar> = []
        // Every font the document uses has ASCII.
        for (index, text) in shown.enumerated() where !text.text.isAllASCII {
            for scalar in text.text.unicodeScalars where !scalar.isASCII && !covered.contains(scalar) {
                if appearances[scalar] == nil {
                    guard !fonts.covers(scalar) else {
                        covered.insert(scalar)
                        continue
                    }
                    order.append(scalar)
                }
                if appearances[scalar]?.last != index { appearances[scalar, default: []].append(index) }
            }
        }
        guard !order.isEmpty else {
            characters = []
            return
        }
        let locator = CharacterLocator(resume: resume, file: file, source: source)
        characters = order.map { scalar in
            let places = appearances[scalar] ?? []
            let (path, location) = locator.firstPlace(of: scalar, in: places.map { shown[$0].place })
            return UnsupportedCharacter(
                scalar: scalar, font: fonts.font(for: scalar), path: path, location: location,
                fields: Set(places.map { shown[$0].place }))
        }
        .enumerated().sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
    }

    public var isEmpty: Bool { characters.isEmpty }

    /// `theme classic's LaTeX fonts lack 36 characters of the résumé`
    public var summary: String {
        "theme \(themeName)'s LaTeX fonts lack \(characters.count) character\(characters.count == 1 ? "" : "s") of the résumé"
    }

    /// One error per script (Cyrillic, Greek, …, and one for every other symbol), at the first
    /// place any of its characters appears, naming that character, the field, the font, how many
    /// more characters and fields there are, and which formats can show them.
    public func diagnostics(rule: String? = nil) -> [Diagnostic] {
        var groups: [(script: Script?, characters: [UnsupportedCharacter])] = []
        for character in characters {
            let script = Script(character.scalar)
            if let index = groups.firstIndex(where: { $0.script == script }) {
                groups[index].characters.append(character)
            } else {
                groups.append((script, [character]))
            }
        }
        return groups.map { group in
            let first = group.characters[0]
            return Diagnostic(
                .error, at: first.location, message(for: group.characters, script: group.script), rule: rule,
                path: first.path)
        }
    }
}

/// One character no font of the document has, where it first appears and in how many places.
public struct UnsupportedCharacter: Sendable, Equatable {
    package var scalar: Unicode.Scalar
    /// The font the document would set it in.
    public var font: TeXFont
    /// The value it first appears in; nil when it is in a built-in label or date pattern.
    public var path: ValuePath?
    public var location: SourceLocation
    /// The values it appears in, by path (nil for built-in labels and dates).
    public var fields: Set<ValuePath?>

    /// `'Д' U+0414 CYRILLIC CAPITAL LETTER DE`
    public var description: String { scalar.described }
}

extension Unicode.Scalar {
    /// `'Д' U+0414 CYRILLIC CAPITAL LETTER DE`, for messages; without the character itself when it
    /// would not show (a combining mark, a format character, a space).
    var described: String {
        let name = properties.name.map { " \($0)" } ?? ""
        return isVisible ? "'\(self)' \(codePoint)\(name)" : "\(codePoint)\(name)"
    }

    /// Whether the character shows as itself between quotes.
    var isVisible: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .spaceSeparator, .lineSeparator,
            .paragraphSeparator, .control, .surrogate, .privateUse, .unassigned:
            false
        default:
            true
        }
    }
}

private extension UnsupportedCharacters {
    /// `'Д' U+0414 CYRILLIC CAPITAL LETTER DE in basics.name, and 26 more Cyrillic characters in 5
    /// fields (м и т …), are not in Latin Modern Roman, the font theme classic sets them in: LaTeX
    /// and PDF cannot show them, HTML and plain text can; …`
    func message(for group: [UnsupportedCharacter], script: Script?) -> String {
        let first = group[0]
        var text = "\(first.description) in \(first.field)"
        if first.fields.count > 1 { text += " (and \(first.fields.count - 1) more place\(first.fields.count == 2 ? "" : "s"))" }
        let others = group.dropFirst()
        if !others.isEmpty {
            let fields = group.reduce(into: Set<ValuePath?>()) { $0.formUnion($1.fields) }.count
            text += ", and \(others.count) more \(script.map { "\($0.name) " } ?? "")character\(others.count == 1 ? "" : "s")"
            text += fields > 1 ? " in \(fields) fields" : ""
            text += " (\(listed(others, named: script == nil))),"
        }
        let fonts = group.map(\.font.name).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let (verb, them) = others.isEmpty ? ("is", "it") : ("are", "them")
        text +=
            " \(verb) not in \(fonts.joined(separator: " or ")), the font\(fonts.count == 1 ? "" : "s") theme \(themeName) sets \(them) in:"
        text += " LaTeX and PDF cannot show \(them), HTML and plain text can"
        if let advice = script?.advice { text += "; for LaTeX, \(advice)" }
        return text
    }

    /// `м и т р й И в а н о …`, or, for symbols, each with its code point and name.
    func listed(_ characters: ArraySlice<UnsupportedCharacter>, named: Bool) -> String {
        let limit = named ? 3 : 12
        let shown = characters.prefix(limit).map { character in
            named || !character.scalar.isVisible ? character.description : String(character.scalar)
        }
        return shown.joined(separator: named ? ", " : " ") + (characters.count > limit ? " …" : "")
    }
}

private extension UnsupportedCharacter {
    /// The value it is in, or what it is when it comes from the labels of the résumé's language.
    var field: String {
        path?.description ?? "the section titles or dates of the résumé's language"
    }
}

/// A writing system, told by the first word of its characters' Unicode names
/// (`CYRILLIC CAPITAL LETTER DE`), so that a résumé in one gets one message for all its letters.
struct Script: Sendable, Equatable {
    /// `Cyrillic`
    let name: String
    /// What a theme needs to set the script in LaTeX, with the Debian package that has it.
    let advice: String?

    init?(_ scalar: Unicode.Scalar) {
        guard let word = scalar.properties.name?.split(separator: " ").first, let entry = Self.scripts[String(word)] else {
            return nil
        }
        (name, advice) = entry
    }

    private static let notoCore = "(Debian: fonts-noto-core)"
    private static let scripts: [String: (String, String?)] = {
        var scripts: [String: (String, String?)] = [
            "LATIN": ("Latin", nil),
            "CYRILLIC": ("Cyrillic", "a theme of your own can load Cyrillic fonts (Debian: texlive-lang-cyrillic)"),
            "GREEK": ("Greek", "a theme of your own can load Greek fonts (Debian: texlive-lang-greek)"),
            "HANGUL": ("Hangul", nil),
            "CJK": ("CJK", nil),
            "HIRAGANA": ("Hiragana", nil),
            "KATAKANA": ("Katakana", nil),
            "BOPOMOFO": ("Bopomofo", nil),
        ]
        for name in ["Arabic", "Hebrew", "Syriac", "Thaana"] {
            scripts[name.uppercased()] = (
                name, "a theme of your own can load a font with \(name) and set it right to left \(notoCore)"
            )
        }
        for name in [
            "Armenian", "Georgian", "Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Oriya", "Tamil", "Telugu", "Kannada",
            "Malayalam", "Sinhala", "Thai", "Lao", "Khmer", "Myanmar", "Ethiopic", "Tibetan", "Mongolian", "Cherokee",
        ] {
            scripts[name.uppercased()] = (name, "a theme of your own can load a font with \(name) \(notoCore)")
        }
        return scripts
    }()
}

/// Finds where a character is written in the source: in the text of the first value that has it,
/// between where that value starts and where the next one does.
private struct CharacterLocator {
    let resume: Resume
    let file: String
    /// The source's lines, as Unicode scalars, since columns count scalars.
    let lines: [[Unicode.Scalar]]
    /// Where every value of the résumé starts, in file order.
    let starts: [SourceLocation]

    init(resume: Resume, file: String, source: String?) {
        self.resume = resume
        self.file = file
        lines = (source ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        starts = Set(resume.sourceMap.paths.compactMap { resume.sourceMap[$0] }).sorted()
    }

    /// The first value of `paths` (nil for built-in labels and dates) that has the character in
    /// the source, and the character's place there; else the first value's own place.
    func firstPlace(of scalar: Unicode.Scalar, in paths: [ValuePath?]) -> (path: ValuePath?, location: SourceLocation) {
        let located = paths.compactMap { path in path.flatMap { resume.sourceMap[$0] }.map { (path, $0) } }
            .sorted { $0.1 < $1.1 }
        for (path, start) in located {
            if let found = find(scalar, from: start) { return (path, found) }
        }
        if paths.contains(nil) {
            // Text made from labels: the character is in one of `meta.labels` if the file wrote it.
            let labels = resume.sourceMap.paths.filter { $0.hasPrefix("meta.labels.") }
                .compactMap { path in resume.sourceMap[path].map { (path, $0) } }.sorted { $0.1 < $1.1 }
            for (path, start) in labels {
                if let found = find(scalar, from: start) { return (ValuePath(parsing: path), found) }
            }
            if located.isEmpty {
                return (nil, resume.sourceMap["meta.locale"] ?? SourceLocation(file: file, line: 1, column: 1))
            }
        }
        if let (path, start) = located.first { return (path, start) }
        return (paths.compactMap { $0 }.first, SourceLocation(file: file, line: 1, column: 1))
    }

    /// The character's first place at or after `start` and before the next value starts.
    private func find(_ scalar: Unicode.Scalar, from start: SourceLocation) -> SourceLocation? {
        let end = starts.first { $0 > start }
        var line = start.line
        var column = start.column
        while line <= lines.count {
            let text = lines[line - 1]
            while column <= text.count {
                if let end, (line, column) >= (end.line, end.column) { return nil }
                if text[column - 1] == scalar { return SourceLocation(file: start.file, line: line, column: column) }
                column += 1
            }
            line += 1
            column = 1
        }
        return nil
    }
}
