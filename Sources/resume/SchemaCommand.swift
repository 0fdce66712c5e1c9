import ArgumentParser
import Foundation
import ResumeKit

/// `resume schema`: prints the JSON Schema of the résumé format, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the résumé YAML format, for editors.",
        discussion: """
            The schema (JSON Schema draft-07) describes every field with a short description and \
            checks, as you type, most of what the loader checks: unknown keys, wrong types, malformed \
            dates, a missing basics.name, text in several languages, tags and meta.labels (an end \
            date before its start and impossible days such as 2019-02-30 are left to resume lint). \
            Editors that use \
            yaml-language-server (VS Code with the YAML extension, Neovim, Helix, …) read it from \
            a comment on the résumé's first line:

              # yaml-language-server: $schema=./\(ResumeSchema.fileName)

            resume init writes that line and the schema beside the new résumé. The output is the \
            same for the same version of resume. With -o, a schema resume wrote earlier is brought \
            up to date; any other existing file is kept unless --force is given.

            Examples:
              resume schema -o \(ResumeSchema.fileName)
              resume schema | jq '.definitions.workEntry'
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file even when it is not a schema resume wrote.")
    var force = false

    func run() throws {
        let destination = try OutputFile(path: output)
        try destination.refuseToReplace(force: force, unless: ResumeSchema.isWrittenByResume)
        try destination.write(ResumeSchema.json)
    }
}
