import Foundation
import ResumeFit
import ResumeModel
import ResumeRender
import ResumeThemes

/// The fit of a loaded résumé in the theme the command line or `meta.theme` names, or why it
/// cannot be measured.
package struct MeasuredFit: Sendable {
    /// Nil when the theme `meta.theme` names does not load.
    public var theme: Theme?
    public var report: FitReport?
    /// Why there is no report.
    public var failure: Failure?

    /// Why a fit could not be measured, where the file chose the theme, and what to do.
    package struct Failure: Sendable {
        public var reason: String
        public var remedy: String
        public var location: SourceLocation

        /// The finding that stands for the fit: for lint, naming the rules that did not run.
        package func diagnostic(rulesNotRun: [String] = []) -> Diagnostic {
            Linter.unmeasuredFit(because: reason, remedy: remedy, at: location, rulesNotRun: rulesNotRun)
        }
    }

    /// Measures `resume`. A theme given on the command line (`theme`) that does not load is
    /// thrown, as it is the same for every file; a theme the fit engine cannot measure, or one
    /// `meta.theme` names that does not load, is this file's failure alone.
    public static func measure(
        _ resume: Resume, file: String, theme: String?, themes: ThemeCache = ThemeCache()
    ) throws -> MeasuredFit {
        measure(resume, in: try ChosenTheme(resume, file: file, theme: theme, themes: themes))
    }

    /// Measures `resume` in the theme already chosen for it, with the items' line-savers
    /// `lineSavers` names.
    static func measure(_ resume: Resume, in chosen: ChosenTheme, lineSavers: LineSavers = .all) -> MeasuredFit {
        guard let theme = chosen.theme else { return MeasuredFit(theme: nil, report: nil, failure: chosen.failure) }
        do {
            return MeasuredFit(theme: theme, report: try FitEngine(theme: theme).fit(resume, lineSavers: lineSavers))
        } catch let problem as FitEngine.Problem {
            let failure = Failure(reason: problem.description, remedy: problem.remedy, location: chosen.location)
            return MeasuredFit(theme: theme, failure: failure)
        } catch {
            let remedy = "fix the theme, or lint with a built-in theme (--theme classic)"
            let failure = Failure(reason: "theme '\(theme.name)': \(error)", remedy: remedy, location: chosen.location)
            return MeasuredFit(theme: theme, failure: failure)
        }
    }
}

/// The theme a résumé is measured in, loaded before its fit is measured so that the rules which
/// read the theme but not the fit can run while the fit is measured.
struct ChosenTheme: Sendable {
    /// Nil when the theme `meta.theme` names does not load.
    var theme: Theme?
    /// Why it did not load.
    var failure: MeasuredFit.Failure?
    /// Where the file chose the theme (its top when the command line did).
    var location: SourceLocation

    /// The theme the command line (`theme`) or `meta.theme` names. One given on the command line
    /// that does not load is thrown, as it is the same for every file.
    init(_ resume: Resume, file: String, theme: String?, themes: ThemeCache) throws {
        let top = SourceLocation(file: file, line: 1, column: 1)
        location = theme == nil ? resume.sourceMap["meta.theme"] ?? top : top
        do {
            self.theme = try themes.theme(ThemeChoice.name(flag: theme, resume: resume))
        } catch where theme == nil && resume.meta.theme != nil {
            let remedy = "fix the theme, or name another in meta.theme"
            let reason = (error as? ThemeError)?.summary ?? "\(error)"
            failure = MeasuredFit.Failure(reason: reason, remedy: remedy, location: location)
        }
    }
}

/// Themes by name or path, each loaded once so its templates are compiled once.
public final class ThemeCache: @unchecked Sendable {
    private var entries: [String: Entry] = [:]
    private let lock = NSLock()

    public init() {}

    /// The theme `nameOrPath` resolves to, loaded on first use. Two threads asking for the same
    /// theme load it once; a thread asking for another does not wait for it.
    public func theme(_ nameOrPath: String) throws -> Theme {
        let entry = lock.withLock {
            if let entry = entries[nameOrPath] { return entry }
            let entry = Entry()
            entries[nameOrPath] = entry
            return entry
        }
        return try entry.theme { try Theme.resolve(nameOrPath) }
    }

    /// One name's theme, once it has loaded.
    private final class Entry: @unchecked Sendable {
        private var loaded: Theme?
        private let lock = NSLock()

        func theme(_ load: () throws -> Theme) throws -> Theme {
            try lock.withLock {
                if let loaded { return loaded }
                let theme = try load()
                loaded = theme
                return theme
            }
        }
    }
}
