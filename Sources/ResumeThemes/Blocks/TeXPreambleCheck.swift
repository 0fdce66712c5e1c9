/// What a theme's LaTeX may load and choose before the body: the fit engine measures the fonts
/// `theme.yaml`'s `font:` names and the page its `layout:` gives, so a template that loads a
/// package changing fonts or spacing (`mathptmx`, `microtype`), or sets the page or a font
/// itself, would have TeX set another document than the one measured.
extension TeXTemplateCheck {
    /// The packages a theme may load: those the built-in themes load, each either leaving alone
    /// what the engine measures (`xcolor`, `hyperref`, `textcomp`) or setting it as the engine
    /// measures it (`fontenc` with T1, `lmodern`, `fontspec`, `xeCJK`, `geometry` with the
    /// layout's values).
    static let packages: [String] = ["fontenc", "inputenc", "lmodern", "textcomp", "fontspec", "xeCJK", "geometry", "xcolor", "hyperref"]

    /// Commands that choose a font, a font default or the page, which `theme.yaml` chooses.
    static let fontAndPage: Set<String> = [
        "fontfamily", "fontseries", "fontshape", "fontencoding", "fontsize", "selectfont", "usefont",
        "rmdefault", "sfdefault", "ttdefault", "encodingdefault", "seriesdefault", "shapedefault", "bfdefault", "mddefault",
        "itdefault", "sldefault", "scdefault", "updefault", "geometry", "newgeometry", "restoregeometry", "savegeometry",
        "loadgeometry", "DeclareFontShape", "DeclareFontFamily", "DeclareFontSubstitution", "pdfmapfile", "pdfmapline",
    ]

    /// The problem with a `\usepackage`, `\RequirePackage` or `\documentclass` at `command`, if any.
    static func preambleProblem(_ command: Command, in text: String) -> String? {
        switch command.name {
        case "usepackage", "RequirePackage":
            let (options, names) = arguments(after: command, in: text)
            for name in names {
                if !packages.contains(name) {
                    return "loads the package \(name), which may change the fonts or spacing the fit engine measures; "
                        + "a theme's LaTeX loads only " + packages.joined(separator: ", ")
                        + " (choose the font with 'font:' and the spacing under 'layout:' and 'paragraph:' in theme.yaml)"
                }
                if name == "fontenc", options != ["T1"] {
                    return "loads fontenc with [\(options.joined(separator: ","))]; the fit engine measures Latin Modern's "
                        + "and TeX Gyre Heros's T1 fonts, so it is loaded as \\usepackage[T1]{fontenc}"
                }
                if let fixed = fixedOption(name == "geometry" ? options : []) {
                    return "sets geometry's '\(fixed)' in the LaTeX; the page comes from theme.yaml's 'layout:' "
                        + "(every option a value such as <<layout.marginTop.tex>>)"
                }
            }
        case "documentclass":
            let (options, names) = arguments(after: command, in: text)
            if names != ["article"] {
                return "uses the class \(names.joined(separator: ",")); the fit engine measures the article class, "
                    + "with the page and type theme.yaml gives"
            }
            if let fixed = fixedOption(options) {
                return "sets the class option '\(fixed)' in the LaTeX; the paper and type size come from theme.yaml "
                    + "(an option such as <<layout.paper>>paper)"
            }
        default:
            break
        }
        return nil
    }

    /// The first option that is not a value from the theme (`margin=1cm` rather than
    /// `top=<<layout.marginTop.tex>>`).
    private static func fixedOption(_ options: [String]) -> String? {
        options.first { !$0.contains("<<") && !$0.contains("{{") }
    }

    /// The comma-separated `[options]` and `{names}` after a command, spaces trimmed.
    static func arguments(after command: Command, in text: String) -> (options: [String], names: [String]) {
        let bytes = Array(text.utf8)
        var index = command.offset + 1 + command.name.utf8.count
        func skipSpaces() { while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\n") { index += 1 } }
        func group(_ open: UInt8, _ close: UInt8) -> [String]? {
            skipSpaces()
            guard index < bytes.count, bytes[index] == open else { return nil }
            var depth = 0
            let start = index + 1
            while index < bytes.count {
                if bytes[index] == open { depth += 1 }
                if bytes[index] == close {
                    depth -= 1
                    if depth == 0 { break }
                }
                index += 1
            }
            let content = String(decoding: bytes[start..<min(index, bytes.count)], as: UTF8.self)
            index += 1
            return content.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
        let options = group(UInt8(ascii: "["), UInt8(ascii: "]")) ?? []
        let names = group(UInt8(ascii: "{"), UInt8(ascii: "}")) ?? []
        return (options, names)
    }
}
