import Mustache
import ResumeSupport

/// Checks a theme's LaTeX templates when the theme loads, so that the document TeX sets is the
/// one the fit engine measures: no template defines a block (`resume` defines them, see
/// `BlockMacros`) or calls one the vocabulary does not have, no template sets what the engine
/// reads from `theme.yaml` (`\parindent`, `\tolerance`, …), and the document body uses only
/// blocks and the commands the engine sets inside them. A problem names the template's file and
/// line; nothing is measured wrongly.
struct TeXTemplateCheck {
    /// The theme's own LaTeX templates (inherited ones included), by partial name.
    let templates: [String: (path: String, text: String)]
    /// The partials each compiled template includes, with their lines.
    let partials: [String: [Template.PartialUse]]

    struct Problem: Error {
        let path: String
        let line: Int
        let message: String
    }

    /// Commands that define a control sequence.
    static let definitions: Set<String> = [
        "newcommand", "renewcommand", "providecommand", "DeclareRobustCommand", "def", "gdef", "edef", "xdef", "let",
        "NewDocumentCommand", "RenewDocumentCommand", "ProvideDocumentCommand", "DeclareDocumentCommand",
        "newif", "newcount", "newdimen", "newskip", "newlength", "newbox", "newtoks", "chardef", "countdef",
    ]

    /// Parameters and macros the fit engine reads from `theme.yaml` rather than from the LaTeX:
    /// a template that sets one would make TeX set what the engine does not measure.
    static let measured: Set<String> = [
        "normalsize", "familydefault", "parindent", "parskip", "baselineskip", "baselinestretch", "linespread",
        "topskip", "maxdepth", "pretolerance", "tolerance", "emergencystretch", "clubpenalty", "widowpenalty",
        "interlinepenalty", "brokenpenalty", "linepenalty", "adjdemerits", "doublehyphendemerits", "finalhyphendemerits",
        "hyphenpenalty", "exhyphenpenalty", "leftskip", "rightskip", "parfillskip", "hangindent", "hangafter",
        "spaceskip", "xspaceskip", "lineskip", "lineskiplimit", "textwidth", "textheight", "hsize", "vsize",
        "frenchspacing", "nonfrenchspacing", "raggedright", "raggedleft", "centering", "raggedbottom", "flushbottom",
        "looseness", "uchyph", "lefthyphenmin", "righthyphenmin", "hyphenation", "pagestyle", "thispagestyle",
    ]

    /// Commands the body may use between blocks, besides the blocks.
    static let bodySetup: Set<String> = Set(Block.bodySetupCommands.keys)

    /// Commands a template may write inside a block's argument, which the fit engine sets
    /// exactly: font changes, links, colour, boxes, breaks, and the characters TeX names.
    static let inline: Set<String> = [
        "textendash", "textemdash", "textquoteleft", "textquoteright", "textperiodcentered", "textbullet",
        "textbf", "textit", "textsc", "textup", "textmd", "bfseries", "itshape", "scshape", "upshape", "mdseries",
        "slshape", "href", "color", "mbox", "hbox", "llap", "rlap", "allowbreak", "nobreak", "textellipsis", "hspace",
        "nobreakspace", "relax", "leavevmode", "ignorespaces",
    ]

    /// Every block a template may call.
    static let blocks = Set(Block.allCases.map(\.rawValue))

    /// Checks every template, and the body of the document (`resume`) and the partials it
    /// includes there.
    func check() throws {
        let document = templates[ThemeLoader.documentTemplate]
        let documentBody = document.flatMap { Self.bodyRange(in: $0.text) }
        let body = bodyTemplates(documentBody: documentBody)
        for name in templates.keys.sorted() {
            let (path, text) = templates[name]!
            let bodyRange = name == ThemeLoader.documentTemplate ? documentBody : (body.contains(name) ? 0..<Int.max : nil)
            try check(Self.commands(in: text), in: path, text: text, bodyRange: bodyRange)
        }
        if let document { try checkGeneratedPartialsIncluded(document, bodyStart: documentBody?.lowerBound) }
    }
}

extension TeXTemplateCheck {
    /// One control word in a template: its name and where its backslash is.
    struct Command {
        let name: String
        let offset: Int
        /// The control word that follows it, skipping `*`, `{` and spaces (what `\newcommand` defines).
        let next: String?
    }

    /// Checks one template's commands; `bodyRange` is where in it the document body is (all of a
    /// partial the body includes), nil for a template of the preamble.
    private func check(_ commands: [Command], in path: String, text: String, bodyRange: Range<Int>?) throws {
        for command in commands {
            let name = command.name
            func problem(_ message: String) -> Problem {
                Problem(path: path, line: Self.line(of: command.offset, in: text), message: message)
            }
            if Self.definitions.contains(name), let defined = command.next,
                defined.hasPrefix("cv") || Self.measured.contains(defined)
            {
                throw problem(
                    "defines \\\(defined); resume defines the blocks and the settings the fit engine measures itself, "
                        + "from theme.yaml (choose their looks under 'blocks:' and their lengths under 'layout:')")
            }
            if name.hasPrefix("cv"), !Self.blocks.contains(name) {
                throw problem(
                    "uses \\\(name), which is not one of the blocks resume defines ("
                        + Block.allCases.map { "\\" + $0.rawValue }.joined(separator: ", ") + ")")
            }
            if Self.fontAndPage.contains(name) {
                throw problem(
                    "uses \\\(name), which chooses a font or the page; the fit engine measures the font theme.yaml's 'font:' "
                        + "names and the page its 'layout:' gives, so choose them there")
            }
            if let message = Self.preambleProblem(command, in: text) { throw problem(message) }
            // \normalsize is used in the body; only defining it changes what the engine measures.
            if Self.measured.contains(name), name != "normalsize" {
                throw problem(
                    "sets \\\(name), which the fit engine reads from theme.yaml ('layout:' and 'paragraph:'), "
                        + "not from the LaTeX; set the value there")
            }
            if let bodyRange, bodyRange.contains(command.offset), !Self.blocks.contains(name),
                !Self.bodySetup.contains(name), !Self.inline.contains(name)
            {
                throw problem(
                    "uses \\\(name) in the document body, where the fit engine measures only the blocks resume defines "
                        + "and the font, link and colour commands inside them; put layout in theme.yaml, or text in the résumé")
            }
        }
    }

    /// The partials the document includes after `\begin{document}`, and the partials they include.
    func bodyTemplates(documentBody: Range<Int>?) -> Set<String> {
        guard let document = templates[ThemeLoader.documentTemplate], let start = documentBody?.lowerBound else { return [] }
        return included(from: partialNames(of: ThemeLoader.documentTemplate, fromLine: Self.line(of: start, in: document.text)))
    }

    /// The document's preamble must include the generated `setup` and `macros`, or TeX would set
    /// the document with other settings than the engine measures, or fail.
    func checkGeneratedPartialsIncluded(_ document: (path: String, text: String), bodyStart: Int?) throws {
        let bodyLine = Self.line(of: bodyStart ?? document.text.utf8.count, in: document.text)
        let preamble = included(from: (partials[ThemeLoader.documentTemplate] ?? []).filter { $0.line < bodyLine }.map(\.name))
        let missing = BlockMacros.preamblePartials.filter { !preamble.contains($0) }
        guard missing.isEmpty else {
            throw Problem(
                path: document.path, line: bodyLine,
                message: "the preamble does not include " + missing.map { "{{>\($0)}}" }.joined(separator: " and ")
                    + ", the definitions of the blocks and settings resume generates from theme.yaml")
        }
    }

    /// The partials `names` and every partial they include in turn.
    private func included(from names: [String]) -> Set<String> {
        var found: Set<String> = []
        var pending = names
        while let name = pending.popLast() {
            guard found.insert(name).inserted, templates[name] != nil else { continue }
            pending += partialNames(of: name, fromLine: 1)
        }
        return found
    }

    /// The byte range of the text between `\begin{document}` and `\end{document}`.
    static func bodyRange(in text: String) -> Range<Int>? {
        let bytes = Array(text.utf8)
        guard let begin = find(Array(#"\begin{document}"#.utf8), in: bytes) else { return nil }
        let end = find(Array(#"\end{document}"#.utf8), in: bytes, from: begin) ?? bytes.count
        return begin + 16..<end
    }

    /// The control words of a template, in order.
    static func commands(in text: String) -> [Command] {
        let bytes = Array(text.utf8)
        func word(at start: Int) -> (String, Int) {
            var end = start
            while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
            return (String(decoding: bytes[start..<end], as: UTF8.self), end)
        }
        var commands: [Command] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            let (name, end) = word(at: index + 1)
            guard !name.isEmpty else {
                index += 2  // a control symbol such as \\ or \%
                continue
            }
            var after = end
            while after < bytes.count, [UInt8(ascii: "*"), UInt8(ascii: "{"), UInt8(ascii: " ")].contains(bytes[after]) { after += 1 }
            let next = after < bytes.count && bytes[after] == UInt8(ascii: "\\") ? word(at: after + 1).0 : nil
            commands.append(Command(name: name, offset: index, next: next?.isEmpty == false ? next : nil))
            index = end
        }
        return commands
    }

    /// The names of the partials a template includes (`<<>name>>` or `{{>name}}`) from a line on.
    func partialNames(of template: String, fromLine first: Int) -> [String] {
        (partials[template] ?? []).filter { $0.line >= first }.map(\.name)
    }

    static func line(of offset: Int, in text: String) -> Int {
        1 + text.utf8.prefix(offset).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        return nil
    }
}
