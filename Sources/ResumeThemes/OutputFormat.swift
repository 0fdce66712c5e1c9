/// The output formats; the command line's choices, file extensions and help text all come from here.
public enum OutputFormat: String, CaseIterable, Sendable {
    case html
    case tex
    case text

    /// The extension of files written in this format.
    public var fileExtension: String {
        switch self {
        case .html: "html"
        case .tex: "tex"
        case .text: "txt"
        }
    }

    /// The format a file extension stands for (`html`/`htm`, `tex`, `txt`/`text`), ignoring case.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "html", "htm": self = .html
        case "tex": self = .tex
        case "txt", "text": self = .text
        default: return nil
        }
    }

    /// One line for `--help`.
    public var summary: String {
        switch self {
        case .html: "a self-contained HTML page with print styles"
        case .tex: "a LaTeX document for pdflatex, or xelatex when the text has Hangul/CJK"
        case .text: "plain text wrapped to --width columns, for pasting into forms"
        }
    }
}
