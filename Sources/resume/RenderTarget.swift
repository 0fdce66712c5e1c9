import ArgumentParser
import Foundation
import ResumeKit

/// What `resume render` can produce: a theme's formats, and the outputs built from them or from
/// the model directly.
enum RenderTarget: String, CaseIterable, ExpressibleByArgument {
    case html, tex, text

    /// The theme format this target renders through.
    var themeFormat: OutputFormat? {
        switch self {
        case .html: .html
        case .tex: .tex
        case .text: .text
        }
    }

    /// One line for `--help`.
    var summary: String {
        themeFormat?.summary ?? ""
    }

    /// The target an output file's extension names, if any.
    init?(fileExtension: String) {
        guard let format = OutputFormat(fileExtension: fileExtension),
              let target = RenderTarget(rawValue: format.rawValue) else { return nil }
        self = target
    }

    /// `html, tex, text`
    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// `.html, .htm, .tex, .txt`
    static var extensions: String {
        OutputFormat.allCases.map { ".\($0.fileExtension)" }.joined(separator: ", ")
    }
}
