import Foundation
import ResumeKit

/// The PDF of a résumé: the theme's LaTeX compiled with the TeX engine the résumé needs, with a
/// status line while the engine runs, and every failure as a message and an exit code.
struct PDFRendering {
    var theme: Theme
    /// The name of the LaTeX file, from the résumé's file name: `cv` for `cv.yaml`.
    var jobName: String

    init(theme: Theme, input: String) {
        self.theme = theme
        jobName = URL(fileURLWithPath: input).deletingPathExtension().lastPathComponent
    }

    func compile(_ resume: Resume) throws -> PDFCompiler.Output {
        let latex: String
        do {
            let options = RenderOptions(pageCount: FitEngine(theme: theme).pageCount(of: resume))
            latex = try Renderer(theme: theme).render(resume, as: .tex, options: options)
        } catch {
            throw CommandFailure.invalidInput("\(error)")
        }
        let status = StatusLine()
        defer { status.clear() }
        do {
            return try CompileInterruption.cleaningUp {
                try PDFCompiler().compile(latex, engine: resume.requiredTeXEngine, jobName: jobName) { pass in
                    status.show("compiling \(pass.file) with \(pass.program)\(pass.number > 1 ? " (pass \(pass.number))" : "")…")
                }
            }
        } catch let failure as PDFCompileFailure {
            throw CommandFailure(message: "\(failure)", exitCode: Self.exitCode(for: failure))
        }
    }

    /// 2 when the fix is in the input or the setup (a theme's LaTeX error, TeX or a package not
    /// installed), as with `lint --verify`; 1 when the engine failed on its own.
    static func exitCode(for failure: PDFCompileFailure) -> Int32 {
        switch failure {
        case .engineMissing, .latexError, .invalidSourceDateEpoch, .missingCharacters: ExitStatus.invalidInput
        case .timedOut, .noOutput, .wroteTooMuch: ExitStatus.outputFailure
        }
    }

    /// Refuses to send a PDF to a terminal, where it would show as garbage.
    static func checkDestination(_ destination: OutputFile) throws {
        if destination.isStandardOutput, isatty(STDOUT_FILENO) == 1 {
            throw CommandFailure.invalidInput("a PDF cannot be shown on a terminal: add -o FILE.pdf, or redirect standard output")
        }
    }
}
