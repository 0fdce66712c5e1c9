import Foundation
import ResumeLoading
import ResumeModel
import ResumeThemes

/// A résumé file that loaded: the résumé, the file's text for showing source lines, and the
/// warnings loading found. A file with errors is a ``ResumeLoadFailure`` instead.
public struct LoadedResume: Sendable {
    public let resume: Resume
    /// The file's text, for showing source lines under findings.
    public let source: String
    /// What loading found that did not stop it, in file order.
    public let warnings: [Diagnostic]
    /// The byte-order mark and line endings of the file, for writing it back as it was.
    public let conventions: TextConventions

    /// Loads the file at `path`, named `path` in diagnostics; `-` is standard input (`<stdin>`).
    public init(file path: String, options: LoadOptions = LoadOptions()) throws(ResumeLoadFailure) {
        try self.init(ResumeLoader.load(path: path, options: options), file: StandardInput.name(of: path))
    }

    /// The résumé of a load of the file at `path`, or the load's errors as a failure.
    public init(_ result: LoadResult, file path: String) throws(ResumeLoadFailure) {
        guard let resume = result.resume else {
            throw ResumeLoadFailure(file: path, diagnostics: result.diagnostics, source: result.source)
        }
        self.resume = resume
        source = result.source
        warnings = result.diagnostics
        conventions = result.conventions
    }

    /// Where `meta.layout` moves a value further than the theme's `fit:` range allows, each at the
    /// value in the file (`file:1:1` when the file does not say where), in file order.
    public func layoutProblems(in theme: Theme, file: String) -> [Diagnostic] {
        let top = SourceLocation(file: file, line: 1, column: 1)
        return resume.meta.layout.problems(in: theme)
            .map { Diagnostic(.error, at: resume.sourceMap["meta.layout.\($0.knob.rawValue)"] ?? top, $0.message) }
            .sortedByLocation()
    }
}

/// A résumé file that did not load: every problem found in it, each where it is.
public struct ResumeLoadFailure: Error, Sendable, CustomStringConvertible {
    public let file: String
    /// Errors and warnings, in file order.
    public let diagnostics: [Diagnostic]
    /// The file's text, for showing source lines under the diagnostics.
    public let source: String

    public init(file: String, diagnostics: [Diagnostic], source: String) {
        self.file = file
        self.diagnostics = diagnostics
        self.source = source
    }

    /// `cv.yaml: 2 errors; nothing was written`
    public var description: String {
        let count = diagnostics.filter { $0.severity == .error }.count
        return "\(file): \(count) error\(count == 1 ? "" : "s"); nothing was written"
    }
}
