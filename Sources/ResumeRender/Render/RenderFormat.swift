import ResumeModel
import ResumeThemes

/// What `resume render` can write, one row per format (pandoc's `writers` table): its id, the file
/// extensions that name it, whether it needs a theme and how it is written. `--format`'s choices
/// and help, and the format an output file's extension implies, all come from here.
public enum RenderFormat: String, CaseIterable, Sendable {
    case html, tex, text
    /// The theme's LaTeX compiled with an installed TeX engine.
    case pdf
    case jsonResume = "json-resume"

    /// How a format is written.
    package enum Writer: Sendable, Equatable {
        /// The theme's template for this format.
        case theme(OutputFormat)
        /// The theme's LaTeX, compiled to PDF.
        case compiledPDF
        /// The model exported as a JSON Resume document; no theme is involved.
        case jsonResume
    }

    package var writer: Writer {
        switch self {
        case .html: .theme(.html)
        case .tex: .theme(.tex)
        case .text: .theme(.text)
        case .pdf: .compiledPDF
        case .jsonResume: .jsonResume
        }
    }

    /// Whether writing it needs a theme (so one is looked up).
    package var needsTheme: Bool { writer != .jsonResume }

    /// The extensions that name the format, ignoring case; the first is the one written.
    package var fileExtensions: [String] {
        switch self {
        case .html: ["html", "htm"]
        case .tex: ["tex"]
        case .text: ["txt", "text"]
        case .pdf: ["pdf"]
        case .jsonResume: ["json"]
        }
    }

    /// One line for `--help`.
    public var summary: String {
        switch writer {
        case .theme(let format): format.summary
        case .compiledPDF: "a PDF compiled from the LaTeX with pdflatex or xelatex"
        case .jsonResume: "a JSON Resume v1 document, researchInterests and teaching as extra keys"
        }
    }

    /// The format an output file's extension names, if any.
    public init?(fileExtension: String) {
        let wanted = fileExtension.lowercased()
        guard let format = Self.allCases.first(where: { $0.fileExtensions.contains(wanted) }) else { return nil }
        self = format
    }

    /// `html, tex, text, pdf, json-resume`
    public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// `.html, .tex, .txt, .pdf, .json`: the extension each format is written with.
    public static var extensions: String {
        allCases.map { "." + $0.fileExtensions[0] }.joined(separator: ", ")
    }
}
