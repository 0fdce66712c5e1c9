import Foundation
import Yams
import ResumeModel

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

    /// Whether a document the loader read is JSON Resume's: a JSON object with `basics`.
    static func isDocument(_ root: Node?) -> Bool {
        root?.mapping?["basics"] != nil
    }

    /// Reads a JSON Resume document in memory with the mapping `import` applies, for `render` and
    /// `lint` to take it as it is: what the mapping changes or keeps out is a warning at its
    /// place, and the résumé's source map points into the document.
    static func load(_ root: Node, source: JSONSource, options: LoadOptions) -> LoadResult {
        let notes = ImportNotes(source: source)
        var resume = JSONResumeReader(notes: notes).read(root)
        if let language = options.language { resume?.meta.locale = language }
        let diagnostics = (source.diagnostics + notes.diagnostics).sortedByLocation()
        return LoadResult(resume: diagnostics.containsErrors ? nil : resume, diagnostics: diagnostics, source: source.text)
    }

    public static func importDocument(contentsOf url: URL, displayName: String? = nil) -> ImportedResume {
        ResumeImporters.importDocument(contentsOf: url, displayName: displayName, as: self)
    }

    /// Imports the bytes of a document named `file` (as given on the command line).
    public static func importDocument(data: Data, file: String) -> ImportedResume {
        let source = JSONSource(data: data, file: file)
        return ImportTree.importDocument(
            text: source.text, yaml: source.yaml, problems: source.diagnostics, file: file, kind: documentKind,
            positions: .json(source), syntaxProblems: { JSONSyntaxProblem.diagnostics(for: $0, in: source) }
        ) { root, notes in
            JSONResumeReader(notes: notes).read(root)
        }
    }
}
