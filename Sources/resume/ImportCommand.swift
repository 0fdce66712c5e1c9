import ArgumentParser
import Foundation
import ResumeKit

/// `resume import`: converts a résumé written for another tool into a YAML résumé, saying what it
/// changed.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a résumé written for another tool (JSON Resume, RenderCV, YAMLResume, LinkedIn, BibTeX) to a YAML résumé.",
        discussion: """
            The format is recognized from the file, or named with --from:
            \(ImportFormat.choices)

            Everything the import changes or keeps out is reported as \
            FILE:LINE:COL: warning: … on standard error, and nothing with content is dropped \
            without such a note. A syntax error is reported at its place and nothing is written.

            JSON Resume: reads v1, the field names from before 1.0 (company, website, …) and the \
            extra keys other tools add: dates written another way (2019/05, May 2019) converted \
            when they can mean only one date, HTML and Markdown turned into plain text, renamed \
            fields, and keys the résumé format has no place for. A language in meta.language \
            (or beside meta) becomes meta.locale. resume render and resume lint read a JSON \
            Resume document the same way without converting it.

            RenderCV: each section of cv.sections goes to the section its title and entry type \
            say (experience of ExperienceEntry to work, selected_honors of BulletEntry to \
            awards), or to the closest one, with a note; its title is kept in meta.sections. \
            Markdown becomes plain text, end_date: present an ongoing period, locale (or v1's \
            locale_catalog) the language, the word for present and the month names; design and \
            settings are listed as having no counterpart.

            YAMLResume: content's sections are taken as JSON Resume's, with its own names \
            (headline, degree, location and profiles beside basics); a summary written as a \
            Markdown list becomes a job's or project's highlights; locale.language becomes \
            meta.locale, and the first layout's section aliases and order the titles and order \
            of the sections; the rest of the layouts is listed as having no counterpart.

            LinkedIn: reads the export's Profile, Positions, Education, Skills, Languages, \
            Certifications, Projects, Honors, Email Addresses and PhoneNumbers files, whichever \
            are present. Dates such as Jan 2020 are converted, descriptions split into a line \
            and highlights; each value, column and file left out is noted as \
            linkedin.zip/Positions.csv:RECORD:COLUMN: warning: ….

            BibTeX: each entry becomes a publication (title, authors, venue, date, the DOI's \
            link), newest first, with LaTeX accents turned into letters. basics.name is the \
            author of most entries (a note says so). A malformed entry is an error at \
            refs.bib:LINE:COL and nothing is written. A résumé can also read its publications \
            from the .bib as it loads: publications: {bib: refs.bib, highlight: Your Name}.

            The YAML goes to standard output, or with -o to a file, which is replaced in one \
            step and never overwritten without --force.

            Examples:
              resume import resume.json -o cv.yaml
              resume import cv.rendercv.yaml -o cv.yaml
              resume import resume.yml --from yamlresume -o cv.yaml
              resume import resume.json | less
              resume import Basic_LinkedInDataExport.zip -o cv.yaml
              resume import refs.bib -o publications.yaml

            The way back: resume render cv.yaml --format json-resume -o resume.json

            EXIT CODES
              0  imported (the warnings say what changed)
              1  the output could not be written, or an internal error
              2  the document cannot be read (syntax error, a format not recognized, no
                 basics.name), the output file exists without --force, or invalid usage
            """
    )

    @Argument(help: "The document to convert ('-' for standard input).")
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
        let imported = ResumeImporters.importDocument(path: file, as: from?.importer)
        Terminal.report(imported.diagnostics, source: imported.source)
        if let internalError = imported.internalError {
            throw CommandFailure.outputFailure("internal error: \(internalError); nothing was written")
        }
        guard let yaml = imported.yaml else {
            throw CommandFailure.invalidInput(ResumeLoadFailure(file: StandardInput.name(of: file), diagnostics: imported.diagnostics, source: imported.source).description)
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

    /// One line per format for the help: its `--from` name and what it reads.
    static var choices: String {
        let width = allValueStrings.map(\.count).max() ?? 0
        return ResumeImporters.all.map { importer in
            "  " + importer.format.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + importer.documentKind
        }.joined(separator: "\n")
    }
}
