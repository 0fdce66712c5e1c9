import Foundation
import Yams

/// Converts a JSON Resume document (v1, or the field names before 1.0, or with other tools'
/// extra keys) into this format's YAML.
///
/// JSON is YAML, so the document is read with Yams and every note has its `file:line:col`:
/// dates written another way are converted when they can mean only one date, HTML and Markdown
/// become plain text, former field names are taken under today's, and whatever has no place in
/// the résumé format is kept out — each with a warning, never silently.
public enum JSONResumeImporter: ResumeImporter {
    public static let format = "json-resume"
    public static let documentKind = "JSON Resume document"

    /// A `.json` file, or a JSON object (first non-blank byte `{`) with a `basics` key.
    public static func recognizes(fileName: String, data: Data) -> Bool {
        if fileName.lowercased().hasSuffix(".json") { return true }
        let start = data.prefix(4096)
        guard start.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) == UInt8(ascii: "{") else { return false }
        return start.range(of: Data(#""basics""#.utf8)) != nil
    }

    public static func importDocument(contentsOf url: URL, displayName: String? = nil) -> ImportedResume {
        ResumeImporters.importDocument(contentsOf: url, displayName: displayName, as: self)
    }

    /// Imports the bytes of a document named `file` (as given on the command line).
    public static func importDocument(data: Data, file: String) -> ImportedResume {
        let source = JSONSource(data: data, file: file)
        var result = ImportedResume(diagnostics: source.diagnostics, source: source.text)
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
        result.finish(with: resume, from: file, kind: documentKind)
        return result
    }
}
