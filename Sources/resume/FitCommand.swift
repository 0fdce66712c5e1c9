import ArgumentParser
import Foundation
import ResumeKit

/// `resume fit`: the layout that sets a résumé in exactly the pages asked for, or where to trim.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Find the layout that sets a résumé in exactly N pages, or say where to trim.",
        discussion: """
            The theme's fit: section says which layout values may move and how far (type size, \
            line spacing, margins, the space above sections, entries and highlights). The answer \
            is the most generous setting inside those ranges that sets the résumé in exactly \
            --pages pages with no heading or entry title stranded at the foot of a page: the \
            largest type size first, then line spacing, side and top margins, and the spaces last. \
            A résumé that runs long only gives space up, its type size last; one that ends short \
            only takes space on and keeps its type size. Every setting is measured exactly as \
            pdflatex sets it, without running TeX.

            When even the tightest setting runs long, it lists where to trim instead: the items \
            to shorten and by how many characters to save a line each, the words alone on a last \
            line, and the items pushed past the page break, each at its FILE:LINE:COL.

            --picture FILE.svg draws the pages of the answer, as resume stats --format svg \
            draws them: each item a box as tall as its lines, the lines free on the last page, \
            and the items a small cut would save a line of.

            --write records the values in the résumé's meta.layout, changing only those lines, \
            so that render and lint use them.

            Exit status: 0 when it fits, 1 when no setting does (trim, or add content), 2 for \
            invalid input.

            Examples:
              resume fit cv.yaml --pages 1
              resume fit cv.yaml --pages 2 --theme compact --write
              resume fit cv.yaml --pages 1 --format json
              resume fit cv.yaml --pages 1 --picture fit.svg
            """
    )

    @Argument(help: "The résumé YAML file ('-' for standard input).")
    var file: String

    @Option(help: "The number of pages to fill exactly.")
    var pages: Int

    @OptionGroup var theme: ThemeOption

    @Flag(help: "Record the chosen values in the résumé's meta.layout.")
    var write = false

    @Option(name: .shortAndLong, help: "Output format: \(FitAnswerFormat.list).")
    var format: FitAnswerFormat = .human

    @Option(help: ArgumentHelp("Write a picture of the answer's pages to this SVG file.", valueName: "file"))
    var picture: String?

    @OptionGroup var variant: VariantOptions

    func validate() throws {
        guard (1...100).contains(pages) else { throw ValidationError("--pages must be from 1 to 100") }
        if write, file == StandardInput.path {
            throw ValidationError("--write records the values in the résumé's file; standard input ('-') cannot be written back")
        }
    }

    func run() throws {
        let loaded = try LoadedResume(path: file, options: variant.loadOptions)
        let name = StandardInput.name(of: file)
        let resume = loaded.resume
        let chosen = try resolveTheme(ThemeChoice.name(flag: theme.theme, resume: resume))
        try RenderJob.checkLayout(of: loaded, in: chosen, file: name)
        let answer: FitAnswer
        do {
            answer = try FitSearch(theme: chosen).fit(resume, pages: pages)
        } catch let problem as FitEngine.Problem {
            throw CommandFailure.invalidInput("\(name): \(problem.description); \(problem.remedy)")
        } catch {
            throw CommandFailure.invalidInput("\(name): \(error)")
        }
        if let picture {
            let output = try OutputFile(path: picture)
            try output.refuseToOverwrite(input: file)
            var fitted = resume
            fitted.meta.layout = answer.layout(keeping: resume.meta.layout)
            let report: FitReport
            do {
                report = try FitEngine(theme: chosen).fit(fitted)
            } catch {
                throw CommandFailure.invalidInput("\(name): \(error)")
            }
            try output.write(FitPicture(report: report, file: name).svg)
        }
        let writes = write && answer.outcome == .fits
        if writes {
            let layout = answer.layout(keeping: resume.meta.layout)
            if layout != resume.meta.layout {
                let text: String
                do {
                    text = try LayoutEdit(source: loaded.source, resume: resume, file: name, options: variant.loadOptions).applying(layout)
                } catch let problem as LayoutEdit.Problem {
                    throw CommandFailure.invalidInput(problem.description)
                }
                try OutputFile(path: file).write(loaded.conventions.restoring(text))
            }
            let own = ThemeChoice.name(flag: nil, resume: resume)
            if let flag = theme.theme, flag != own {
                Terminal.note("the values are for theme '\(flag)'; render with --theme \(flag), or set meta.theme: \(flag) (the file uses '\(own)')")
            }
        }
        try StandardStreams.writeOutput(try format.text(answer, file: name, written: writes))
        if answer.outcome != .fits { throw ExitCode(ExitStatus.outputFailure) }
    }
}

extension FitAnswerFormat: ExpressibleByArgument {}
