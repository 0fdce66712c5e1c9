import ResumeModel
import ResumeRender
import ResumeSupport

/// Why a ``RenderJob`` wrote nothing, as a sentence naming the file, with the located problems
/// behind it.
public enum RenderFailure: Error, Sendable, CustomStringConvertible {
    /// The output cannot be written, or is the input itself.
    case output(OutputProblem)
    /// The résumé has errors.
    case invalidResume(ResumeLoadFailure)
    /// A PDF was asked for on standard output, which is a terminal.
    case pdfOnTerminal
    /// The theme does not load, or its templates fail on this résumé.
    case theme(String)
    /// `meta.layout` moves values further than the theme's `fit:` ranges allow.
    case layoutOutsideTheme(file: String, theme: String, problems: [Diagnostic], source: String)
    /// The theme's LaTeX fonts lack characters of the résumé, which TeX would leave out.
    case unsupportedCharacters(file: String, UnsupportedCharacters, source: String)
    /// TeX did not make the PDF.
    case pdf(PDFCompileFailure)
    /// Running TeX failed in a way none of the above names, such as a process that cannot start.
    case unexpected(String)

    public var description: String {
        switch self {
        case .output(let problem): "\(problem)"
        case .invalidResume(let failure): failure.description
        case .pdfOnTerminal: "a PDF cannot be shown on a terminal: add -o FILE.pdf, or redirect standard output"
        case .theme(let message): message
        case .layoutOutsideTheme(let file, let theme, _, _): "\(file): meta.layout is outside theme '\(theme)'s ranges; nothing was written"
        case .unsupportedCharacters(let file, let unsupported, _):
            "\(file): \(unsupported.summary); nothing was written (HTML and plain text show them: --format html, --format text)"
        case .pdf(let failure): "\(failure)"
        case .unexpected(let message): message
        }
    }

    /// The problems behind the failure, each where it is in the file, and the file's text for
    /// showing their lines; empty when the failure is not about places in the résumé.
    public var findings: (diagnostics: [Diagnostic], source: String) {
        switch self {
        case .invalidResume(let failure): (failure.diagnostics, failure.source)
        case .layoutOutsideTheme(_, _, let problems, let source): (problems, source)
        case .unsupportedCharacters(_, let unsupported, let source): (unsupported.diagnostics(), source)
        case .output, .pdfOnTerminal, .theme, .pdf, .unexpected: ([], "")
        }
    }

    /// Whether the fix is in what was given or asked for — the résumé, the theme, the request, a
    /// TeX installation that lacks what the PDF needs — rather than in writing or in TeX's run.
    public var isInvalidInput: Bool {
        switch self {
        case .output(let problem): problem.isInvalidRequest
        case .invalidResume, .pdfOnTerminal, .theme, .layoutOutsideTheme, .unsupportedCharacters: true
        case .pdf(let failure):
            switch failure {
            case .engineMissing, .latexError, .invalidSourceDateEpoch, .missingCharacters: true
            case .timedOut, .noOutput, .wroteTooMuch: false
            }
        case .unexpected: false
        }
    }
}
