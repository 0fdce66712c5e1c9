import Foundation

/// What `resume init` writes: the starter résumé at a new path, and the schema editors check it
/// against beside it unless that folder has one already. An existing résumé is never overwritten.
public struct StarterFiles: Sendable {
    /// The résumé's path, as given.
    public let resume: String
    /// The schema's path beside it, as shown to the person: `resume.schema.json`, `cv/resume.schema.json`.
    public let schema: String

    public init(resume: String) {
        self.resume = resume
        schema = ((resume as NSString).deletingLastPathComponent as NSString).appendingPathComponent(ResumeSchema.fileName)
    }

    /// Writes the starter and, when none is there, the schema; returns whether the schema was
    /// written (false: an existing one was kept).
    @discardableResult
    public func write() throws(StarterFailure) -> Bool {
        let url = URL(fileURLWithPath: resume)
        guard !FileManager.default.fileExists(atPath: url.path) else { throw .exists(resume) }
        do {
            try Data(StarterResume.yaml.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw .cannotWrite(resume, reason: error.localizedDescription)
        }
        let schemaURL = url.deletingLastPathComponent().appendingPathComponent(ResumeSchema.fileName)
        if FileManager.default.fileExists(atPath: schemaURL.path) { return false }
        do {
            try Data(ResumeSchema.json.utf8).write(to: schemaURL, options: .withoutOverwriting)
        } catch {
            throw .cannotWriteSchema(resume: resume, schema: schema, reason: error.localizedDescription)
        }
        return true
    }
}

/// Why ``StarterFiles`` did not write everything, naming the file.
public enum StarterFailure: Error, Sendable, CustomStringConvertible {
    /// A file is at the résumé's path: nothing was written.
    case exists(String)
    /// The résumé could not be written.
    case cannotWrite(String, reason: String)
    /// The résumé was written, the schema beside it not.
    case cannotWriteSchema(resume: String, schema: String, reason: String)

    public var description: String {
        switch self {
        case .exists(let path): "'\(path)' already exists; choose another name or remove it first"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .cannotWriteSchema(let resume, let schema, let reason):
            "wrote \(resume), but cannot write '\(schema)', the schema editors read: \(reason)"
        }
    }

    /// Whether the fix is in what was asked for (another name) rather than in writing.
    public var isInvalidInput: Bool {
        if case .exists = self { return true }
        return false
    }
}
