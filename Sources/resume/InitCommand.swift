import ArgumentParser
import Foundation
import ResumeKit

/// `resume init`: writes a starter résumé to fill in.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter résumé with all seven sections.",
        discussion: """
            The starter has every section the post recommends (Education, Work Experience, \
            Projects, Awards, Research Interests, Teaching & Extracurricular, Technical Skills), \
            a short comment on each field, and a model work highlight written as \
            what – your role – the result. An existing file is never overwritten.
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
        Terminal.note("wrote \(file); render it with: resume render \(file) --format html -o cv.html")
    }
}
