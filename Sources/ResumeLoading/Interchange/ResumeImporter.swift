import Foundation
import ResumeModel

/// The outcome of importing a document written for another tool.
public struct ImportedResume: Sendable {
    /// The résumé as YAML, or nil when the document could not be imported.
    public var yaml: String?
    /// The résumé the YAML holds.
    public var resume: Resume?
    /// What the import changed or kept out (warnings) and what stopped it (errors), in file order.
    public var diagnostics: [Diagnostic]
    /// The document's text, for showing source lines under diagnostics ("" for binary inputs).
    public var source: String
    /// Set when the YAML written does not load back: a fault of the importer, not of the document.
    public var internalError: String?

    public init(yaml: String? = nil, resume: Resume? = nil, diagnostics: [Diagnostic], source: String, internalError: String? = nil) {
        self.yaml = yaml
        self.resume = resume
        self.diagnostics = diagnostics
        self.source = source
        self.internalError = internalError
    }
}

/// A format `resume import` reads: one type per format, listed once in `ResumeImporters.all`.
///
/// An importer never drops content silently: whatever it changes or keeps out is a warning at
/// its place in the source, and the YAML it writes must load back (`ImportedResume.finish`).
public protocol ResumeImporter: Sendable {
    /// The name `--from` takes and messages use, e.g. `json-resume`.
    static var format: String { get }
    /// What the format is, for help and the YAML's header comment, e.g. "JSON Resume document".
    static var documentKind: String { get }
    /// Whether a document looks like this format, judged from its name and bytes; used when
    /// `--from` is not given. Must be cheap and must not report problems.
    static func recognizes(fileName: String, data: Data) -> Bool
    /// Converts the bytes of `file` (named as given on the command line) into a résumé.
    static func importDocument(data: Data, file: String) -> ImportedResume
}

/// Every format `resume import` reads, in the order detection tries them.
public enum ResumeImporters {
    public static let all: [any ResumeImporter.Type] = [
        JSONResumeImporter.self,
        RenderCVImporter.self,
        YAMLResumeImporter.self,
        LinkedInImporter.self,
        BibTeXImporter.self,
    ]

    /// The importer `--from` names, or nil.
    public static func named(_ format: String) -> (any ResumeImporter.Type)? {
        all.first { $0.format == format }
    }

    /// The first importer that recognizes the document, or nil.
    package static func detect(fileName: String, data: Data) -> (any ResumeImporter.Type)? {
        all.first { $0.recognizes(fileName: fileName, data: data) }
    }

    /// Reads `url` with the input size limit and imports it with `importer` (or the one that
    /// recognizes it); an unreadable or unrecognized file is one located error.
    public static func importDocument(contentsOf url: URL, displayName: String? = nil, as importer: (any ResumeImporter.Type)? = nil) -> ImportedResume {
        let name = displayName ?? url.path
        do {
            return importDocument(data: try InputFile.read(url, displayName: name, kind: "a file to import"), file: name, as: importer)
        } catch {
            return ImportedResume(diagnostics: [error.diagnostic], source: "")
        }
    }

    /// Imports the file at `path`, or standard input for `-` (named `<stdin>`).
    public static func importDocument(path: String, as importer: (any ResumeImporter.Type)? = nil) -> ImportedResume {
        guard path == StandardInput.path else { return importDocument(contentsOf: URL(fileURLWithPath: path), displayName: path, as: importer) }
        do {
            return importDocument(data: try InputFile.readStandardInput(), file: StandardInput.displayName, as: importer)
        } catch {
            return ImportedResume(diagnostics: [error.diagnostic], source: "")
        }
    }

    /// Imports `data`, read from `name`, with `importer` or the one that recognizes it.
    private static func importDocument(data: Data, file name: String, as importer: (any ResumeImporter.Type)?) -> ImportedResume {
        guard let chosen = importer ?? detect(fileName: name, data: data) else {
            let formats = all.map { $0.format }.joined(separator: ", ")
            var message = "not a document resume import recognizes; name its format with --from (one of: \(formats))"
            if String(decoding: data.prefix(65_536), as: UTF8.self).split(whereSeparator: \.isNewline).contains(where: { $0.hasPrefix("basics:") }) {
                message += "; with basics: at the top it may already be a résumé of this tool's format: try resume lint \(name)"
            }
            return ImportedResume(diagnostics: [Diagnostic(.error, at: SourceLocation(file: name, line: 1, column: 1), message)], source: "")
        }
        return chosen.importDocument(data: data, file: name)
    }
}

extension ImportedResume {
    /// Completes an import of `resume` from `file`: writes the YAML and loads it back, so that an
    /// importer's mistake is an internal error rather than a file that does not load.
    mutating func finish(with resume: Resume, from file: String, kind: String) {
        let yaml = ResumeYAML.document(resume, importedFrom: file, kind: kind)
        let check = ResumeLoader.load(yaml: yaml, file: "\(file) (converted)")
        guard let loaded = check.resume else {
            let problems = check.diagnostics.filter { $0.severity == .error }.map(\.message).joined(separator: "; ")
            internalError = "the YAML converted from \(file) does not load (\(problems)); this is a bug in resume import"
            return
        }
        self.yaml = yaml
        self.resume = loaded
    }
}

/// A résumé as the YAML file `resume import` writes: a comment saying where it came from, then
/// the fields in the résumé format's order.
enum ResumeYAML {
    static func document(_ resume: Resume, importedFrom file: String, kind: String = JSONResumeImporter.documentKind) -> String {
        // The file name as given, but for control characters and line breaks, which would end the comment.
        let name = String(String.UnicodeScalarView(file.unicodeScalars.map { $0.isLineOrControl ? "?" : $0 }))
        let comment = "Imported from the \(kind) \(name) by `resume import`."
        return YAMLWriter().document(ResumeTree(writesPresent: true).fields(of: resume), comments: [comment])
    }
}
