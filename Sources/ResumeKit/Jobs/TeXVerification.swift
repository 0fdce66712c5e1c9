import ResumeFit
import ResumeModel
import ResumeRender
import ResumeThemes

/// `lint --verify`: the résumé compiled with TeX, which then reports each item's lines and page,
/// the page count and the lines free on the last page, and the PDF `render` would write read back
/// as an applicant-tracking system reads it. Each difference from the prediction is a located
/// finding. Like ``RenderJob`` it sets no signal handlers (see ``CompileInterruption``).
public struct TeXVerification: Sendable {
    public var resume: Resume
    public var theme: Theme
    /// The file's name, for findings and messages.
    public var file: String
    /// The file's text, for locating findings inside values.
    public var source: String

    public init(resume: Resume, theme: Theme, file: String, source: String) {
        self.resume = resume
        self.theme = theme
        self.file = file
        self.source = source
    }

    /// What TeX measured against what the fit engine predicted.
    public struct FitOutcome: Sendable {
        /// Each difference, and each item TeX did not measure, at its place in the file.
        public var findings: [Diagnostic]
        /// What was compared, in a sentence: `cv.yaml: verified with pdflatex: 2 pages, …`.
        public var summary: String
    }

    /// The PDF's text layer against the résumé's values.
    public struct TextLayerOutcome: Sendable {
        /// Each value that does not read back whole and in order, at its line.
        public var findings: [Diagnostic]
        /// What was read back, in a sentence.
        public var summary: String
    }

    /// Compiles the résumé and compares each item's lines and page, the pages and the free lines
    /// with the prediction. A résumé with characters the theme's fonts lack is not compiled: TeX
    /// would leave them out.
    public func verifyFit() throws(VerificationFailure) -> FitOutcome {
        let unsupported = UnsupportedCharacters(resume: resume, theme: theme, file: file, source: source)
        guard unsupported.isEmpty else { throw .unsupportedCharacters(file: file, unsupported, source: source) }
        let result: FitVerifier.Result
        do {
            result = try FitVerifier(engine: FitEngine(theme: theme)).verify(resume)
        } catch let problem as FitVerifier.Problem {
            throw .notCompiled("\(file): \(problem)")
        } catch {
            throw failure(error)
        }
        let findings = result.diagnostics(file: file)
        return FitOutcome(findings: findings, summary: Self.summary(of: result, file: file, findings: findings.count))
    }

    /// Compiles the PDF `render` would write and finds where its text layer does not read back as
    /// the résumé.
    public func checkTextLayer() throws(VerificationFailure) -> TextLayerOutcome {
        let result: TextLayerCheck.Result
        do {
            result = try TextLayerCheck(theme: theme).check(resume, file: file)
        } catch let problem as TextLayerCheck.Problem {
            throw .notCompiled("\(file): \(problem)")
        } catch {
            throw failure(error)
        }
        let count = result.findings.count
        let summary = count == 0
            ? "\(file): the PDF's text reads back exactly: "
                + (result.checked == 1 ? "the 1 value" : "all \(result.checked) values") + " whole, the sections and paragraphs in order"
            : "\(file): the PDF's text does not read back exactly: \(count) finding\(count == 1 ? "" : "s") above"
        return TextLayerOutcome(findings: result.findings, summary: summary)
    }

    /// A compile that failed, naming the file; anything else is ``VerificationFailure/unexpected(_:)``.
    private func failure(_ error: any Error) -> VerificationFailure {
        guard let failure = error as? PDFCompileFailure else { return .unexpected("\(error)") }
        return .notCompiled("\(file): \(failure)")
    }

    /// `cv.yaml: verified with pdflatex: 2 pages, 24 lines free on the last page, and all 24
    /// items measured by pdflatex take the lines and pages predicted`, or how many items TeX
    /// measured and how many findings there are.
    static func summary(of result: FitVerifier.Result, file: String, findings: Int) -> String {
        let program = result.program
        let items = result.items.count
        guard findings == 0, let pages = result.pages, let freeLines = result.freeLines else {
            return "\(file): not verified with \(program): it measured \(result.itemsMeasured) of \(items) item\(items == 1 ? "" : "s"); "
                + "\(findings) finding\(findings == 1 ? "" : "s") above"
        }
        return "\(file): verified with \(program): \(pages) page\(pages == 1 ? "" : "s"), "
            + "\(freeLines) line\(freeLines == 1 ? "" : "s") free on the last page, and "
            + (items == 0 ? "no item to measure" : (items == 1 ? "the 1 item" : "all \(items) items") + " measured by \(program) take the lines and pages predicted")
    }
}

/// Why ``TeXVerification`` could not compare: the fix is in the résumé, the theme or the TeX
/// installation.
public enum VerificationFailure: Error, Sendable, CustomStringConvertible {
    /// The theme's fonts lack characters of the résumé, so TeX was not run.
    case unsupportedCharacters(file: String, UnsupportedCharacters, source: String)
    /// TeX did not compile the résumé, or its output could not be read: why, naming the file.
    case notCompiled(String)
    /// Running TeX failed in a way neither of the above names, such as a process that cannot start.
    case unexpected(String)

    public var description: String {
        switch self {
        case .unsupportedCharacters(let file, let unsupported, _): "\(file): not verified: \(unsupported.summary), so TeX was not run"
        case .notCompiled(let message), .unexpected(let message): message
        }
    }

    /// The characters' places in the file, and the file's text, for showing them.
    public var findings: (diagnostics: [Diagnostic], source: String) {
        switch self {
        case .unsupportedCharacters(_, let unsupported, let source): (unsupported.diagnostics(), source)
        case .notCompiled, .unexpected: ([], "")
        }
    }
}
