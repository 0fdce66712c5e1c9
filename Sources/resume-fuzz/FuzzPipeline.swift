import Foundation
import ResumeKit

/// One input through everything `resume` does with a file: load (also in each of its languages
/// and as its untagged variant), fit and lint with suppressions against every built-in theme,
/// render in every format, export to JSON Resume and read that back, import the same bytes as a
/// JSON Resume document, and use them as a stranger's theme would: as its manifest, and as a
/// template of each format.
///
/// Problems in the input are expected and end as diagnostics. A crash, a sanitizer report, a
/// timeout, or a stage contradicting its own promise (a built-in theme failing on a loaded
/// résumé, an export that does not load back) is a finding, and stops the run here.
enum FuzzPipeline {
    static let themes: [Theme] = Theme.builtinNames.map { name in
        guard let theme = Theme.builtin(named: name) else { fatalError("built-in theme \(name) is missing") }
        return theme
    }
    /// A fixed day, so a finding about a date reproduces on any day.
    static let today = PartialDate(year: 2025, month: 6, day: 1)

    static func run(_ data: Data) {
        let loaded = ResumeLoader.load(data: data, file: "fuzz.yaml")
        _ = DiagnosticFormatter().format(loaded.diagnostics, source: loaded.source)
        if let resume = loaded.resume {
            check(resume, source: loaded.source)
            let variants = loaded.languages.prefix(3).map { LoadOptions(language: $0) } + [LoadOptions(tags: [])]
            for options in variants {
                // A variant may rightly not load (a required text missing in that language).
                if let variant = ResumeLoader.load(data: data, file: "fuzz.yaml", options: options).resume {
                    check(variant, source: loaded.source)
                }
            }
        }
        let imported = JSONResumeImporter.importDocument(data: data, file: "fuzz.json")
        _ = DiagnosticFormatter().format(imported.diagnostics, source: imported.source)
        if let internalError = imported.internalError { fatalError(internalError) }
        if let text = String(data: data, encoding: .utf8) { asTheme(text) }
    }

    /// The classic theme's files, which the input replaces one at a time.
    static let classicFiles: [String: String] = {
        guard let files = try? ThemeCopy(from: "classic", to: "fuzz").files else { fatalError("no classic theme") }
        return files
    }()
    /// The starter résumé, which every theme made from the input renders.
    static let starter: Resume = {
        guard let resume = ResumeLoader.load(yaml: StarterResume.yaml, file: "starter.yaml").resume else {
            fatalError("the starter résumé does not load")
        }
        return resume
    }()

    /// A theme whose manifest, or one of whose templates, is the input: it loads or is refused
    /// with a theme error, and what loads renders, or stops at a template limit, and is measured.
    private static func asTheme(_ text: String) {
        for path in ["theme.yaml", "html/resume.mustache", "tex/work.mustache", "text/resume.mustache"] {
            var files = classicFiles
            files[path] = text
            guard let theme = try? Theme.load(files: files, origin: "fuzz") else { continue }
            for format in theme.formats {
                _ = try? Renderer(theme: theme).render(starter, as: format)
            }
            _ = try? FitEngine(theme: theme).fit(starter)
        }
    }

    private static func check(_ resume: Resume, source: String) {
        for theme in themes {
            lint(resume, source: source, theme: theme)
            for format in OutputFormat.allCases {
                do {
                    _ = try Renderer(theme: theme).render(resume, as: format)
                } catch {
                    fatalError("theme \(theme.name) cannot render \(format): \(error)")
                }
            }
        }
        exportAndReadBack(resume)
    }

    private static func lint(_ resume: Resume, source: String, theme: Theme) {
        let report: FitReport
        do {
            report = try FitEngine(theme: theme).fit(resume)
        } catch {
            fatalError("theme \(theme.name) cannot measure a loaded résumé: \(error)")
        }
        let found = Linter().lint(LintSubject(resume: resume, file: "fuzz.yaml", fit: report, theme: theme, source: source, today: today))
        let findings = Suppressions(source: source, file: "fuzz.yaml").apply(to: found)
        _ = DiagnosticFormatter().format(findings, source: source)
    }

    /// The export is documented to load as a résumé as it is and to import without errors.
    private static func exportAndReadBack(_ resume: Resume) {
        let json = Data(JSONResumeExporter.export(resume).utf8)
        let reloaded = ResumeLoader.load(data: json, file: "export.json")
        if reloaded.resume == nil {
            fatalError("the JSON Resume export does not load: \(reloaded.diagnostics.map(\.message))")
        }
        let imported = JSONResumeImporter.importDocument(data: json, file: "export.json")
        if imported.resume == nil {
            let problems = [imported.internalError].compactMap { $0 } + imported.diagnostics.map(\.message)
            fatalError("the JSON Resume export does not import: \(problems)")
        }
    }
}
