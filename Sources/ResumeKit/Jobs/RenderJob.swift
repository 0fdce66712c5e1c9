import Foundation
import ResumeFit
import ResumeLoading
import ResumeModel
import ResumeRender
import ResumeSupport
import ResumeThemes

/// One render of a résumé file to one format, written to a file or to standard output: what
/// `resume render` and `resume watch` do, as one call.
///
/// The file is loaded, the theme chosen (`theme`, else `meta.theme`, else the default), its
/// `meta.layout` and characters checked against the theme, and the result written in one step;
/// any problem is a ``RenderFailure`` and then nothing is written.
///
/// It sets no signal handlers: a program that may be ended while TeX runs wraps the call in
/// ``CompileInterruption/cleaningUp(_:)``, or calls `RunningCompiles.shared.stopAndRemoveAll()`
/// from its own handler, so that TeX stops and its folder, which holds the résumé's text, goes.
///
/// ```swift
/// let result = try RenderJob(input: "cv.yaml", output: "cv.pdf").run()
/// ```
public struct RenderJob: Sendable {
    /// The résumé file.
    public var input: String
    /// The file to write; nil or `-` for standard output.
    public var output: String?
    /// The format to write; nil for the one `output`'s extension names, else plain text.
    public var format: RenderFormat?
    /// A built-in theme's name or a theme folder's path; nil for the résumé's `meta.theme`.
    public var theme: String?
    /// The line width of plain-text output, in columns.
    public var width: Int
    /// The language and tags of the variant rendered.
    public var load: LoadOptions

    public init(
        input: String, output: String? = nil, format: RenderFormat? = nil, theme: String? = nil, width: Int = 80,
        load: LoadOptions = LoadOptions()
    ) {
        self.input = input
        self.output = output
        self.format = format
        self.theme = theme
        self.width = width
        self.load = load
    }

    /// What happens while the job runs, for showing progress as it comes.
    public enum Event: Sendable {
        /// The file loaded; its warnings, if any, are in it.
        case loaded(LoadedResume)
        /// A TeX engine started a pass over the LaTeX of a PDF.
        case compiling(PDFCompiler.Pass)
        /// TeX is done, whether or not it made the PDF.
        case compiled
    }

    /// What a render wrote.
    public struct Result: Sendable {
        public var format: RenderFormat
        /// The résumé as loaded, with its warnings.
        public var loaded: LoadedResume
        /// What the reader of the output should know, such as the engine its LaTeX needs.
        public var notes: [String]
    }

    /// The format written: `format`, else the one `output`'s extension names, else plain text.
    public var resolvedFormat: RenderFormat {
        format ?? output.flatMap { RenderFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .text
    }

    /// Renders and writes; `observe` hears of the load and of each TeX pass as they happen.
    public func run(observe: (Event) -> Void = { _ in }) throws(RenderFailure) -> Result {
        let destination = try Self.writing(output) { () throws -> OutputDestination in
            let destination = try OutputDestination(path: output)
            try destination.refuseToOverwrite(input: input)
            return destination
        }
        let loaded: LoadedResume
        do {
            loaded = try LoadedResume(file: input, options: load)
        } catch {
            throw .invalidResume(error)
        }
        observe(.loaded(loaded))
        let resume = loaded.resume
        var notes: [String] = []
        let data: Data
        switch resolvedFormat.writer {
        case .compiledPDF:
            if destination.kind == .descriptor(STDOUT_FILENO), isatty(STDOUT_FILENO) == 1 { throw .pdfOnTerminal }
            let theme = try chosenTheme(for: resume)
            try checkLayout(of: loaded, in: theme)
            try checkCharacters(of: loaded, in: theme)
            // The PDF's LaTeX is the default one: the width is for plain text.
            data = try compile(themed(resume, theme: theme, as: .tex, width: RenderOptions().width), engine: resume.requiredTeXEngine, observe: observe)
        case .theme(let format):
            let theme = try chosenTheme(for: resume)
            try checkLayout(of: loaded, in: theme)
            if format == .tex { try checkCharacters(of: loaded, in: theme) }
            data = Data(try themed(resume, theme: theme, as: format, width: width).utf8)
            if format == .tex, resume.requiredTeXEngine == .xelatex {
                notes.append("this résumé has characters pdflatex cannot set: compile the LaTeX with xelatex, not pdflatex")
            }
        case .jsonResume:
            // The export is made from the model: no theme is needed, so none is looked up.
            data = Data(JSONResumeExporter.export(resume).utf8)
        }
        try Self.writing(output) { try destination.write(data) }
        return Result(format: resolvedFormat, loaded: loaded, notes: notes)
    }

    /// The checks of the options a command line gives, as a sentence for the person: `width` must
    /// be from 20 to 1000 columns, and without `format` the output's extension must name one.
    public static func optionProblem(width: Int, format: RenderFormat?, output: String?) -> String? {
        guard (20...1000).contains(width) else { return "--width must be from 20 to 1000 columns" }
        if format == nil, let output, output != "-", RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            return "cannot tell the format from '\(output)'; add --format \(RenderFormat.allCases.map(\.rawValue).joined(separator: "|"))"
        }
        return nil
    }

    /// The theme a name or path stands for; a broken theme is a ``RenderFailure/theme(_:)``.
    public static func theme(named nameOrPath: String) throws(RenderFailure) -> Theme {
        do {
            return try Theme.resolve(nameOrPath)
        } catch {
            throw .theme("\(error)")
        }
    }
}

private extension RenderJob {
    /// The name of the LaTeX file, from the résumé's file name: `cv` for `cv.yaml`.
    var jobName: String { URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent }

    func chosenTheme(for resume: Resume) throws(RenderFailure) -> Theme {
        try Self.theme(named: ThemeChoice.name(flag: theme, resume: resume))
    }

    /// Stops a render whose `meta.layout` moves a value further than the theme's `fit:` range allows.
    func checkLayout(of loaded: LoadedResume, in theme: Theme) throws(RenderFailure) {
        let problems = loaded.layoutProblems(in: theme, file: input)
        guard problems.isEmpty else {
            throw .layoutOutsideTheme(file: input, theme: theme.name, problems: problems, source: loaded.source)
        }
    }

    /// Stops a LaTeX or PDF render when the theme's fonts lack characters of the résumé, which TeX
    /// would leave out without a word.
    func checkCharacters(of loaded: LoadedResume, in theme: Theme) throws(RenderFailure) {
        guard theme.formats.contains(.tex) else { return }  // rendering says the theme has no LaTeX
        let unsupported = UnsupportedCharacters(resume: loaded.resume, theme: theme, file: input, source: loaded.source)
        guard unsupported.isEmpty else { throw .unsupportedCharacters(file: input, unsupported, source: loaded.source) }
    }

    /// The résumé in one of the theme's formats; a theme problem is a ``RenderFailure/theme(_:)``.
    func themed(_ resume: Resume, theme: Theme, as format: OutputFormat, width: Int) throws(RenderFailure) -> String {
        do {
            let pageCount = format == .tex ? FitEngine(theme: theme).pageCount(of: resume) : nil
            return try Renderer(theme: theme).render(resume, as: format, options: RenderOptions(width: width, pageCount: pageCount))
        } catch {
            throw .theme("\(error)")
        }
    }

    /// The PDF of `latex`.
    func compile(_ latex: String, engine: TeXEngine, observe: (Event) -> Void) throws(RenderFailure) -> Data {
        defer { observe(.compiled) }
        do {
            return try PDFCompiler().compile(latex, engine: engine, jobName: jobName) { observe(.compiling($0)) }.pdf
        } catch let failure as PDFCompileFailure {
            throw .pdf(failure)
        } catch {
            throw .unexpected("\(error)")
        }
    }

    /// Runs a step of opening or writing the output, its problems as ``RenderFailure/output(_:)``.
    static func writing<Value>(_ output: String?, _ step: () throws -> Value) throws(RenderFailure) -> Value {
        do {
            return try step()
        } catch let problem as OutputProblem {
            throw .output(problem)
        } catch {
            throw .output(OutputProblem(named: output, reason: .system(SystemFailure(code: EIO, "\(error)"))))
        }
    }
}
