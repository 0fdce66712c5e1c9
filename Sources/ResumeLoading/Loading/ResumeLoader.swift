import Foundation
import Yams
import ResumeModel

/// The outcome of loading a file: the résumé when nothing was wrong, and every problem found.
public struct LoadResult: Sendable {
    /// The résumé, or nil when any diagnostic is an error.
    public var resume: Resume?
    /// Errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// The decoded text, for showing source lines under diagnostics.
    public var source: String
    /// The languages of the file's multi-language text, in the order first given; empty when
    /// every text is written once.
    public var languages: [String] = []
    /// The byte-order mark and line endings of the file, for writing it back as it was.
    public var conventions = TextConventions()
}

/// Reads a YAML résumé into the model, keeping every value's source location and reporting every
/// problem in the file at once.
public enum ResumeLoader {
    /// Loads the file at `url`, naming it `displayName` (as given on the command line) in diagnostics.
    public static func load(contentsOf url: URL, displayName: String? = nil, options: LoadOptions = LoadOptions()) -> LoadResult {
        let name = displayName ?? url.path
        do {
            return load(data: try InputFile.read(url, displayName: name, kind: "a YAML file"), file: name, options: options)
        } catch {
            return LoadResult(resume: nil, diagnostics: [error.diagnostic], source: "")
        }
    }

    /// Loads the file at `path`, or standard input for `-` (named `<stdin>`).
    public static func load(path: String, options: LoadOptions = LoadOptions()) -> LoadResult {
        guard path == StandardInput.path else {
            return load(contentsOf: URL(fileURLWithPath: path), displayName: path, options: options)
        }
        do {
            return load(data: try InputFile.readStandardInput(), file: StandardInput.displayName, options: options)
        } catch {
            return LoadResult(resume: nil, diagnostics: [error.diagnostic], source: "")
        }
    }

    public static func load(data: Data, file: String, options: LoadOptions = LoadOptions()) -> LoadResult {
        let source = SourceText(data: data, file: file)
        guard !source.diagnostics.containsErrors else {
            return LoadResult(resume: nil, diagnostics: source.diagnostics.sortedByLocation(), source: source.text)
        }
        var result = load(yaml: source.text, file: file, options: options)
        result.diagnostics = (source.diagnostics + result.diagnostics).sortedByLocation()
        result.conventions = source.conventions
        return result
    }

    /// Loads already-decoded YAML text. A JSON document is read as JSON allows (escaped surrogate
    /// pairs such as `\ud83d\ude00`, tabs before a line's first token), which YAML does not, and
    /// a JSON Resume document this format's strict reading refuses is read as `resume import`
    /// reads it, its changes reported as warnings. YAML written for this format stays strict.
    public static func load(yaml: String, file: String, options: LoadOptions = LoadOptions()) -> LoadResult {
        let json = JSONSource.looksLikeJSON(yaml) ? JSONSource(text: yaml, file: file) : nil
        let root: Node?
        do {
            root = try YAMLDocument.compose(json?.yaml ?? yaml)
        } catch {
            let problems = json.map { JSONSyntaxProblem.diagnostics(for: error, in: $0) }
                ?? YAMLProblem.diagnostics(for: error, text: yaml, file: file)
            return LoadResult(resume: nil, diagnostics: problems.sortedByLocation(), source: yaml)
        }
        let context = LoadingContext(file: file, positions: json.map(SourcePositions.json) ?? .yaml(YAMLLineMap(yaml)), options: options)
        for problem in json?.diagnostics ?? [] { context.report(problem) }
        guard let root else {
            context.error(
                "file is empty; a résumé needs at least 'basics' with a 'name'",
                at: SourceLocation(file: file, line: 1, column: 1))
            return LoadResult(resume: nil, diagnostics: context.diagnostics, source: yaml)
        }
        let resume = ResumeReader(context: context).read(root)
        for tag in (options.tags ?? []).sorted() where !context.tags.contains(tag) {
            context.warning("no entry or item is tagged '\(tag)'; --tags keeps only untagged ones", at: root)
        }
        let diagnostics = context.diagnostics.sortedByLocation()
        if let json, diagnostics.containsErrors, !context.isOverTextBudget, JSONResumeImporter.isDocument(root) {
            // JSON Resume as it is: older names, other tools' keys and dates written otherwise
            // are taken as `resume import` takes them, each with a warning instead of an error.
            return JSONResumeImporter.load(root, source: json, options: options)
        }
        return LoadResult(
            resume: diagnostics.containsErrors ? nil : resume, diagnostics: diagnostics, source: yaml,
            languages: context.languages)
    }
}
