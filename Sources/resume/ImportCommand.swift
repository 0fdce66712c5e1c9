import ArgumentParser
import Foundation
import ResumeKit

/// `resume import`: converts a résumé written for another tool into a YAML résumé, saying what it
/// changed.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a résumé written for another tool (JSON Resume, …) to a YAML résumé.",
        discussion: """
            The format is recognized from the file, or named with --from:
              json-resume  JSON Resume (resume.json)

            JSON Resume: reads v1, the field names from before 1.0 (company, website, …) and the \
            extra keys other tools add. Everything the import changes or keeps out is reported \
            as FILE:LINE:COL: warning: … on standard error: dates written another way \
            (2019/05, May 2019) converted when they can mean only one date, HTML and Markdown \
            turned into plain text, renamed fields, and keys the résumé format has no place for. \
            A JSON syntax error is reported at its place and nothing is written.

            The YAML goes to standard output, or with -o to a file, which is replaced in one \
            step and never overwritten without --force.

            Examples:
              resume import resume.json -o cv.yaml
              resume import resume.json | less

            The way back: resume render cv.yaml --format json-resume -o resume.json

            EXIT CODES
              0  imported (the warnings say what changed)
              1  the output could not be written, or an internal error
              2  the document cannot be read (syntax error, a format not recognized, no
                 basics.name), the output file exists without --force, or invalid usage
            """
    )

    @Argument(help: "The document to convert.")
    var file: String

    @Option(help: ArgumentHelp("The document's format (default: recognized from the file).", valueName: "format"))
    var from: ImportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the YAML to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file if it already exists.")
    var force = false

    func run() throws {
        let destination = try OutputFile(path: output)
        try destination.refuseToOverwrite(input: file)
        try destination.refuseToReplace(force: force)
        let imported = ResumeImporters.importDocument(contentsOf: URL(fileURLWithPath: file), displayName: file, as: from?.importer)
        Terminal.report(imported.diagnostics, source: imported.source)
        if let internalError = imported.internalError {
            throw CommandFailure.outputFailure("internal error: \(internalError); nothing was written")
        }
        guard let yaml = imported.yaml else {
            let count = imported.diagnostics.filter { $0.severity == .error }.count
            throw CommandFailure.invalidInput("\(file): \(count) error\(count == 1 ? "" : "s"); nothing was written")
        }
        try destination.write(yaml)
        if let output, !destination.isStandardOutput {
            let changes = imported.diagnostics.filter { $0.severity == .warning }.count
            let said = changes == 0 ? "" : " (\(changes) change\(changes == 1 ? "" : "s") noted above)"
            Terminal.note("wrote \(output)\(said); check it with: resume lint \(output)")
        }
    }
}

/// `--from`'s choices: the formats of `ResumeImporters.all`.
struct ImportFormat: ExpressibleByArgument {
    let importer: any ResumeImporter.Type

    init?(argument: String) {
        guard let importer = ResumeImporters.named(argument) else { return nil }
        self.importer = importer
    }

    static var allValueStrings: [String] { ResumeImporters.all.map { $0.format } }
}
