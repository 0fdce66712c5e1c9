import Foundation

/// Why a LaTeX document did not become a PDF, told in a way the person can act on.
public enum PDFCompileFailure: Error, Sendable, Equatable {
    /// The engine the document is written for is not installed.
    case engineMissing(TeXEngine)
    /// The engine stopped at an error; `sourceLine` is that line of the document when the error
    /// was in the document itself rather than in a file it loads.
    case latexError(TeXEngine, TeXLogSummary, sourceLine: String?)
    /// The engine ran longer than it may and was stopped.
    case timedOut(TeXEngine, seconds: Int)
    /// The engine failed, or finished without a PDF, and its log names no error.
    case noOutput(TeXEngine, status: Int32)
    /// The engine wrote a file larger than a résumé's files can be, and was stopped.
    case wroteTooMuch(TeXEngine, megabytes: Int)
    /// `SOURCE_DATE_EPOCH`, which pins the PDF's dates, is not a number of seconds.
    case invalidSourceDateEpoch(String)
    /// The engine's fonts had no glyph for these characters, which it left out of the pages.
    case missingCharacters(TeXEngine, [TeXLostCharacter])

    /// Whether the fix is on this machine (install TeX, a package or a font) rather than in the
    /// document.
    package var isInstallationProblem: Bool {
        switch self {
        case .engineMissing: true
        case .latexError(_, let summary, _): summary.missing != nil
        case .timedOut, .noOutput, .wroteTooMuch, .invalidSourceDateEpoch, .missingCharacters: false
        }
    }

    /// The Debian packages that give `engine` everything the built-in themes use.
    package static func debianPackages(for engine: TeXEngine) -> [String] {
        let pdflatex = ["texlive-latex-recommended", "lmodern", "tex-gyre"]
        switch engine {
        case .pdflatex: return pdflatex
        case .xelatex:
            // CMU for Cyrillic and Greek, the OpenType faces of Latin Modern (and its Math) and Heros for the rest,
            // xeCJK and Noto CJK for Chinese, Japanese and Korean.
            return pdflatex + ["texlive-xetex", "fonts-cmu", "fonts-lmodern", "fonts-texgyre", "texlive-lang-chinese", "texlive-lang-cjk", "fonts-noto-cjk"]
        }
    }
}

extension PDFCompileFailure: CustomStringConvertible {
    /// One message, with the failing line of the LaTeX below it when there is one.
    public var description: String {
        switch self {
        case .engineMissing(let engine):
            return "making a PDF of this résumé needs \(engine.rawValue), which is not on the PATH; "
                + "on Debian: apt-get install \(Self.debianPackages(for: engine).joined(separator: " "))"
        case .latexError(let engine, let summary, let sourceLine):
            return Self.describe(summary, engine: engine, sourceLine: sourceLine)
        case .timedOut(let engine, let seconds):
            return "\(engine.rawValue) was stopped after running for \(seconds) seconds"
        case .noOutput(let engine, let status):
            return "\(engine.rawValue) made no PDF (exit status \(status)) and its log names no error"
        case .wroteTooMuch(let engine, let megabytes):
            return "\(engine.rawValue) was stopped for writing a file of more than \(megabytes) MB"
        case .invalidSourceDateEpoch(let value):
            return "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970 (such as 1700000000), not '\(value)'"
        case .missingCharacters(let engine, let lost):
            return Self.describe(lost, engine: engine)
        }
    }

    /// `xelatex has no glyph for 'Д' U+0414 CYRILLIC CAPITAL LETTER DE in font lmroman17-regular,
    /// nor for 3 more characters (м и т) in lmroman17-regular and lmroman10-regular, and would
    /// leave them out of the PDF`
    private static func describe(_ lost: [TeXLostCharacter], engine: TeXEngine) -> String {
        func distinct<T: Equatable>(_ values: [T]) -> [T] {
            values.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        }
        let first = lost[0]
        var text = "\(engine.rawValue) has no glyph for \(first.description) in font \(first.font)"
        let more = distinct(lost.map(\.character)).dropFirst()
        if !more.isEmpty {
            let listed = more.prefix(10).map { character in
                if case .unicode(let scalar) = character, scalar.isVisible { String(scalar) } else {
                    TeXLostCharacter(character: character, font: "").description
                }
            }
            let fonts = distinct(lost.map(\.font))
            let fontList = fonts.count <= 3 ? fonts.joined(separator: ", ") : fonts.prefix(2).joined(separator: ", ") + " and \(fonts.count - 2) more fonts"
            text += ", nor for \(more.count) more character\(more.count == 1 ? "" : "s")"
            text += " (\(listed.joined(separator: " "))\(more.count > 10 ? " …" : "")) in \(fontList)"
        }
        return text + ", and would leave \(more.isEmpty ? "it" : "them") out of the PDF"
    }

    private static func describe(_ summary: TeXLogSummary, engine: TeXEngine, sourceLine: String?) -> String {
        let install = "apt-get install \(debianPackages(for: engine).joined(separator: " "))"
        switch summary.missing {
        case .file(let name) where name.hasPrefix("/") || name.hasPrefix("../") || name.contains("/../"):
            return "the theme's LaTeX asks for '\(name)', outside its folder; TeX may read only the "
                + "document's folder and the TeX installation"
        case .file(let name):
            return "\(engine.rawValue) needs '\(name)', which is not installed; on Debian the built-in themes need: "
                + "\(install) (for another file, 'apt-file search \(name)' names its package)"
        case .font(let name):
            return "the font '\(name)' is not installed; on Debian: \(install)"
        case nil:
            let place =
                switch (summary.line, sourceLine) {
                case (let line?, _?): ", line \(line)"
                case (let line?, nil): ", at line \(line) of a file it loads"
                case (nil, _): ""
                }
            return "\(engine.rawValue) stopped at an error in the theme's LaTeX\(place): \(summary.message)"
                + (sourceLine.map { "\n  \($0)" } ?? "")
        }
    }
}
