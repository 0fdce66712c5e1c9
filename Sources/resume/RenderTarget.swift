import ArgumentParser
import Foundation
import ResumeKit

/// What `resume render` can produce: a theme's formats, and the outputs built from them or from
/// the model directly.
enum RenderTarget: String, CaseIterable, ExpressibleByArgument {
    case html, tex, text
    /// The theme's LaTeX compiled with an installed TeX engine.
    case pdf
    case jsonResume = "json-resume"

    /// The theme format this target renders through.
    var themeFormat: OutputFormat? {
        switch self {
        case .html: .html
        case .tex: .tex
        case .text: .text
        case .jsonResume: nil
        case .pdf: .tex
        }
    }

    /// One line for `--help`.
    var summary: String {
        if self == .jsonResume { return "a JSON Resume v1 document, researchInterests and teaching as extra keys" }
        if self == .pdf { return "a PDF compiled from the LaTeX with pdflatex or xelatex" }
        return themeFormat?.summary ?? ""
    }

    /// The target an output file's extension names, if any.
    init?(fileExtension: String) {
        if fileExtension.lowercased() == "pdf" {
            self = .pdf
            return
        }
        if fileExtension.lowercased() == "json" {
            self = .jsonResume
            return
        }
        guard let format = OutputFormat(fileExtension: fileExtension),
              let target = RenderTarget(rawValue: format.rawValue) else { return nil }
        self = target
    }

    /// `html, tex, text`
    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// `.html, .tex, .txt, .json, .pdf`
    static var extensions: String {
        (OutputFormat.allCases.map { ".\($0.fileExtension)" } + [".json", ".pdf"]).joined(separator: ", ")
    }
}
