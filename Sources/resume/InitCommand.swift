import ArgumentParser
import Foundation
import ResumeKit

/// `resume init`: writes a starter résumé to fill in, and the schema editors check it against.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter résumé with all seven sections.",
        discussion: """
            The starter has every section the post recommends (Education, Work Experience, \
            Projects, Awards, Research Interests, Teaching & Extracurricular, Technical Skills), \
            a short comment on each field, and a model work highlight written as \
            what – your role – the result. An existing file is never overwritten.

            Its first line, # yaml-language-server: $schema=./\(ResumeSchema.fileName), lets \
            editors with a YAML language server complete and check every field. The schema is \
            written beside the résumé when that folder has none; an existing one is kept \
            (resume schema -o \(ResumeSchema.fileName) brings it up to date).
            """
    )

    @Argument(help: "Where to write the starter résumé.")
    var file: String = "cv.yaml"

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw CommandFailure.invalidInput("'\(file)' already exists; choose another name or remove it first")
        }
        do {
            try Data(StarterResume.yaml.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw CommandFailure.outputFailure("cannot write '\(file)': \(error.localizedDescription)")
        }
        let schema = try writeSchema(beside: url)
        Terminal.note("wrote \(file)\(schema); render it with: resume render \(file) --format html -o cv.html")
    }

    /// Writes the schema next to the résumé unless a file of that name is there; says which in
    /// words for the note.
    private func writeSchema(beside resume: URL) throws -> String {
        let schemaURL = resume.deletingLastPathComponent().appendingPathComponent(ResumeSchema.fileName)
        let folder = (file as NSString).deletingLastPathComponent
        let shown = (folder as NSString).appendingPathComponent(ResumeSchema.fileName)
        if FileManager.default.fileExists(atPath: schemaURL.path) {
            return "; kept the existing \(shown) (resume schema -o \(shown) updates it)"
        }
        do {
            try Data(ResumeSchema.json.utf8).write(to: schemaURL, options: .withoutOverwriting)
        } catch {
            throw CommandFailure.outputFailure(
                "wrote \(file), but cannot write '\(shown)', the schema editors read: \(error.localizedDescription)")
        }
        return " and \(shown), the schema editors use to complete and check it"
    }
}
