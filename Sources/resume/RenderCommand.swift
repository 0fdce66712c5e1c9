import ArgumentParser
import Foundation
import ResumeKit

/// `resume render`: one résumé file to one output format.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a résumé as HTML, LaTeX, plain text or PDF, or export it as JSON Resume.",
        discussion: """
            Formats:
            \(RenderFormat.allCases.map { "  \($0.rawValue.padded(to: 12)) \($0.summary)" }.joined(separator: "\n"))

            Without --format the format follows the extension of --output \
            (\(RenderFormat.extensions)), \
            and is plain text on standard output. Problems in the résumé are reported as \
            FILE:LINE:COL and nothing is written.

            Examples:
              resume render cv.yaml --format html -o cv.html
              resume render cv.yaml -o cv.tex --theme classic
              resume render cv.yaml --width 72 | pbcopy
              resume render cv.yaml --lang ko --tags ml -o cv-ko.tex
            """
    )

    @Argument(help: "The résumé YAML file.")
    var file: String

    @Option(name: .shortAndLong, help: "The output format: \(RenderFormat.list).")
    var format: RenderFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output ('-' for standard output).", valueName: "file"))
    var output: String?

    @OptionGroup var theme: ThemeOption

    @Option(help: "Line width of plain-text output, in columns (wide East Asian characters count as two).")
    var width: Int = 80

    @OptionGroup var variant: VariantOptions

    func validate() throws {
        try RenderJob.validate(width: width, format: format, output: output)
    }

    func run() throws {
        try job.run()
    }

    /// What this command line renders.
    var job: RenderJob {
        RenderJob(file: file, output: output, format: format, theme: theme.theme, width: width, load: variant.loadOptions)
    }
}

/// One render of a résumé file to one format, as `render` and `watch` do it: problems are printed
/// and end the render with the command's exit code.
struct RenderJob {
    var file: String
    var output: String?
    var format: RenderFormat?
    var theme: String?
    var width: Int
    var load: LoadOptions

    /// The checks of `render`'s options, which `watch` takes too.
    static func validate(width: Int, format: RenderFormat?, output: String?) throws {
        guard (20...1000).contains(width) else { throw ValidationError("--width must be from 20 to 1000 columns") }
        if format == nil, let output, output != "-", RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; add --format \(RenderFormat.allCases.map(\.rawValue).joined(separator: "|"))")
        }
    }

    func run() throws {
        let destination = try OutputFile(path: output)
        try destination.refuseToOverwrite(input: file)
        let loaded = try LoadedResume(path: file, options: load)
        let resume = loaded.resume
        var chosenTheme: Theme {
            get throws { try resolveTheme(ThemeChoice.name(flag: theme, resume: resume)) }
        }
        switch resolvedFormat.writer {
        case .compiledPDF:
            try PDFRendering.checkDestination(destination)
            let theme = try chosenTheme
            try Self.checkCharacters(of: loaded, in: theme, file: file)
            try destination.write(try PDFRendering(theme: theme, input: file).compile(resume).pdf)
        case .theme(let format):
            let theme = try chosenTheme
            if format == .tex { try Self.checkCharacters(of: loaded, in: theme, file: file) }
            try destination.write(try themed(resume, theme: theme, as: format))
            if format == .tex, resume.requiredTeXEngine == .xelatex {
                Terminal.note("this résumé has characters pdflatex cannot set: compile the LaTeX with xelatex, not pdflatex")
            }
        case .jsonResume:
            // The export is made from the model: no theme is needed, so none is looked up.
            try destination.write(JSONResumeExporter.export(resume))
        }
    }

    /// Stops a LaTeX or PDF render when the theme's fonts lack characters of the résumé, which TeX
    /// would leave out without a word: each is reported where it is, and nothing is written.
    static func checkCharacters(of loaded: LoadedResume, in theme: Theme, file: String) throws {
        guard theme.formats.contains(.tex) else { return }  // rendering says the theme has no LaTeX
        let unsupported = UnsupportedCharacters(resume: loaded.resume, theme: theme, file: file, source: loaded.source)
        guard !unsupported.isEmpty else { return }
        Terminal.report(unsupported.diagnostics(), source: loaded.source)
        throw CommandFailure.invalidInput(
            "\(file): \(unsupported.summary); nothing was written (HTML and plain text show them: --format html, --format text)")
    }

    private var resolvedFormat: RenderFormat {
        format ?? output.flatMap { RenderFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) } ?? .text
    }

    /// The résumé in one of the theme's formats; a theme problem is invalid input.
    private func themed(_ resume: Resume, theme: Theme, as format: OutputFormat) throws -> String {
        do {
            let pageCount = format == .tex ? FitEngine(theme: theme).pageCount(of: resume) : nil
            return try Renderer(theme: theme).render(resume, as: format, options: RenderOptions(width: width, pageCount: pageCount))
        } catch {
            throw CommandFailure.invalidInput("\(error)")
        }
    }
}

/// Resolves a theme name or path, turning a broken theme into an input error.
func resolveTheme(_ nameOrPath: String) throws -> Theme {
    do {
        return try Theme.resolve(nameOrPath)
    } catch {
        throw CommandFailure.invalidInput("\(error)")
    }
}

/// A résumé loaded for a command: warnings are printed, errors end the command with exit code 2.
struct LoadedResume {
    let resume: Resume
    /// The file's text, for showing source lines under findings.
    let source: String

    /// Loads `path`, printing its problems.
    init(path: String, options: LoadOptions = LoadOptions()) throws {
        try self.init(ResumeLoader.load(contentsOf: URL(fileURLWithPath: path), displayName: path, options: options), path: path)
    }

    /// The résumé of a load, its problems printed.
    init(_ result: LoadResult, path: String) throws {
        Terminal.report(result.diagnostics, source: result.source)
        guard let resume = result.resume else {
            let count = result.diagnostics.filter { $0.severity == .error }.count
            throw CommandFailure.invalidInput("\(path): \(count) error\(count == 1 ? "" : "s"); nothing was written")
        }
        self.resume = resume
        self.source = result.source
    }
}
