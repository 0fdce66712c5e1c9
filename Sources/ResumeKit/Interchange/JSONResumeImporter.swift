import Foundation
import Yams

/// The outcome of importing a JSON Resume document.
public struct JSONResumeImport: Sendable {
    /// The résumé as YAML, or nil when the document could not be imported.
    public var yaml: String?
    /// The résumé the YAML holds.
    public var resume: Resume?
    /// What the import changed or kept out (warnings) and what stopped it (errors), in file order.
    public var diagnostics: [Diagnostic]
    /// The document's text, for showing source lines under diagnostics.
    public var source: String
    /// Set when the YAML written does not load back: a fault of the importer, not of the document.
    public var internalError: String?
}

/// Converts a JSON Resume document (v1, or the field names before 1.0, or with other tools'
/// extra keys) into this format's YAML.
///
/// JSON is YAML, so the document is read with Yams and every note has its `file:line:col`:
/// dates written another way are converted when they can mean only one date, HTML and Markdown
/// become plain text, former field names are taken under today's, and whatever has no place in
/// the résumé format is kept out — each with a warning, never silently.
public enum JSONResumeImporter {
    public static func importDocument(contentsOf url: URL, displayName: String? = nil) -> JSONResumeImport {
        let name = displayName ?? url.path
        do {
            return importDocument(data: try InputFile.read(url, displayName: name, kind: "a JSON file"), file: name)
        } catch {
            return JSONResumeImport(yaml: nil, resume: nil, diagnostics: [error.diagnostic], source: "")
        }
    }

    /// Imports the bytes of a document named `file` (as given on the command line).
    public static func importDocument(data: Data, file: String) -> JSONResumeImport {
        let source = JSONSource(data: data, file: file)
        var result = JSONResumeImport(yaml: nil, resume: nil, diagnostics: source.diagnostics, source: source.text)
        guard !source.diagnostics.containsErrors else { return result }
        let root: Node?
        do {
            root = try Yams.compose(yaml: source.yaml, .basic)
        } catch {
            result.diagnostics += JSONSyntaxProblem.diagnostics(for: error, in: source)
            return result
        }
        let notes = ImportNotes(source: source)
        guard let root else {
            result.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "file is empty"))
            return result
        }
        let resume = JSONResumeReader(notes: notes).read(root)
        result.diagnostics = (result.diagnostics + notes.diagnostics).sortedByLocation()
        guard let resume, !result.diagnostics.containsErrors else { return result }
        let yaml = ResumeYAML.document(resume, importedFrom: file)
        let check = ResumeLoader.load(yaml: yaml, file: "\(file) (converted)")
        guard let loaded = check.resume else {
            let problems = check.diagnostics.filter { $0.severity == .error }.map(\.message).joined(separator: "; ")
            result.internalError = "the YAML converted from \(file) does not load (\(problems)); this is a bug in resume import"
            return result
        }
        result.yaml = yaml
        result.resume = loaded
        return result
    }
}

/// A résumé as the YAML file `resume import` writes: a comment saying where it came from, then
/// the fields in the résumé format's order.
enum ResumeYAML {
    static func document(_ resume: Resume, importedFrom file: String) -> String {
        // The file name as given, but for control characters and line breaks, which would end the comment.
        let name = String(String.UnicodeScalarView(file.unicodeScalars.map { $0.isLineOrControl ? "?" : $0 }))
        let comment = "Imported from the JSON Resume document \(name) by `resume import`."
        return YAMLWriter().document(ResumeTree(writesPresent: true).fields(of: resume), comments: [comment])
    }
}
