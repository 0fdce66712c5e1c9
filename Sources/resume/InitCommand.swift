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
        let starter = StarterFiles(resume: file)
        let wroteSchema: Bool
        do {
            wroteSchema = try starter.write()
        } catch {
            throw CommandFailure(message: error.description, exitCode: error.isInvalidInput ? ExitStatus.invalidInput : ExitStatus.outputFailure)
        }
        let schema = starter.schema
        let said = wroteSchema
            ? " and \(schema), the schema editors use to complete and check it"
            : "; kept the existing \(schema) (resume schema -o \(schema) updates it)"
        Terminal.note("wrote \(file)\(said); render it with: resume render \(file) --format html -o cv.html")
    }
}
