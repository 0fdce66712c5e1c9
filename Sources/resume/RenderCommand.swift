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

    @Argument(help: "The résumé YAML file ('-' for standard input).")
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
        try Self.validate(width: width, format: format, output: output)
    }

    func run() throws {
        try Self.render(job)
    }

    /// What this command line renders.
    var job: RenderJob {
        RenderJob(input: file, output: output, format: format, theme: theme.theme, width: width, load: variant.loadOptions)
    }

    /// The checks of `render`'s options, which `watch` takes too.
    static func validate(width: Int, format: RenderFormat?, output: String?) throws {
        if let problem = RenderJob.optionProblem(width: width, format: format, output: output) { throw ValidationError(problem) }
    }

    /// Runs a render as `render` and `watch` show it: the résumé's warnings, a status line while
    /// TeX runs, and the notes; a failure prints its findings and ends with its exit code.
    static func render(_ job: RenderJob) throws {
        let status = StatusLine()
        let run = {
            try job.run { event in
                switch event {
                case .loaded(let loaded): Terminal.report(loaded.warnings, source: loaded.source)
                case .compiling(let pass):
                    status.show("compiling \(pass.file) with \(pass.program)\(pass.number > 1 ? " (pass \(pass.number))" : "")…")
                case .compiled: status.clear()
                }
            }
        }
        let result: RenderJob.Result
        do {
            // A signal while TeX runs stops it and removes its folder before it ends the command.
            result = try job.resolvedFormat == .pdf ? CompileInterruption.cleaningUp(run) : run()
        } catch let failure as RenderFailure {
            throw CommandFailure(reporting: failure)
        }
        for note in result.notes { Terminal.note(note) }
    }
}

extension CommandFailure {
    /// A render's failure, its findings printed where they are in the file: exit 2 when the fix is
    /// in the input or the setup, 1 when writing or TeX's run failed.
    init(reporting failure: RenderFailure) {
        let (diagnostics, source) = failure.findings
        Terminal.report(diagnostics, source: source)
        self.init(message: failure.description, exitCode: failure.isInvalidInput ? ExitStatus.invalidInput : ExitStatus.outputFailure)
    }
}

/// `fit` and `stats` load and check a résumé as `render` does, printing what they find.
extension RenderJob {
    /// Stops a command whose `meta.layout` moves a value further than the theme's `fit:` range
    /// allows: each is reported where it is written.
    static func checkLayout(of loaded: LoadedResume, in theme: Theme, file: String) throws {
        let problems = loaded.layoutProblems(in: theme, file: file)
        guard problems.isEmpty else {
            throw CommandFailure(reporting: .layoutOutsideTheme(file: file, theme: theme.name, problems: problems, source: loaded.source))
        }
    }
}

/// Resolves a theme name or path, turning a broken theme into an input error.
func resolveTheme(_ nameOrPath: String) throws -> Theme {
    do {
        return try RenderJob.theme(named: nameOrPath)
    } catch {
        throw CommandFailure(reporting: error)
    }
}

extension LoadedResume {
    /// Loads `path`, printing its problems; errors end the command with exit code 2.
    init(path: String, options: LoadOptions = LoadOptions()) throws {
        try self.init(ResumeLoader.load(path: path, options: options), path: StandardInput.name(of: path))
    }

    /// The résumé of a load, its problems printed; errors end the command with exit code 2.
    init(_ result: LoadResult, path: String) throws {
        do {
            try self.init(result, file: path)
        } catch {
            throw CommandFailure(reporting: .invalidResume(error))
        }
        Terminal.report(warnings, source: source)
    }
}
