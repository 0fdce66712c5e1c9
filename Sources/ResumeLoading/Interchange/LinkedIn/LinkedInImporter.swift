import Foundation
import ResumeModel

/// Converts LinkedIn's data export (the .zip from Settings › Data privacy › Get a copy of your
/// data) into a résumé: the CSV files of `LinkedInFiles.all`, whichever are in the archive.
///
/// Dates such as `Jan 2020` and `2019` are converted, descriptions are split into a lead and
/// highlights, and every value, column and file left out is named in a note at
/// `linkedin.zip/Positions.csv:RECORD:COLUMN`.
package enum LinkedInImporter: ResumeImporter {
    public static let format = "linkedin"
    public static let documentKind = "LinkedIn data export"

    /// A ZIP archive naming `Profile.csv` or `Positions.csv`.
    package static func recognizes(fileName: String, data: Data) -> Bool {
        LinkedInArchive.looksLikeExport(data)
    }

    public static func importDocument(data: Data, file: String) -> ImportedResume {
        let archive = LinkedInArchive(data: data, archive: file, wanted: Set(LinkedInFiles.all.map(\.name)))
        var result = ImportedResume(diagnostics: archive.diagnostics, source: "")
        let top = SourceLocation(file: file, line: 1, column: 1)
        guard !archive.diagnostics.containsErrors else { return result }
        let present = LinkedInFiles.all.filter { archive.files[$0.name] != nil }
        guard !present.isEmpty else {
            let names = LinkedInFiles.all.map(\.name).joined(separator: ", ")
            result.diagnostics.append(Diagnostic(.error, at: top, "no file of a LinkedIn export found: expected one of \(names)"))
            return result
        }
        var reader = LinkedInReader()
        var diagnostics: [Diagnostic] = []
        for export in present {
            guard
                let csv = LinkedInCSV(
                    text: archive.files[export.name]!, file: "\(file)/\(export.name)", diagnostics: &diagnostics)
            else { continue }
            for column in csv.header where !column.isEmpty && !export.columns.contains(where: { $0.name == column }) {
                let values = csv.records.compactMap { $0[column] }.count
                diagnostics.append(
                    Diagnostic(
                        .warning, at: csv.headerLocation(column),
                        "column \"\(column)\" is not one resume import reads; its \(values) value\(values == 1 ? "" : "s") were left out"
                    ))
            }
            export.read(&reader, csv, export)
        }
        if !archive.otherEntries.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .warning, at: top, "not read, having no place in a résumé: \(archive.otherEntries.joined(separator: ", "))"))
        }
        var resume = reader.resume
        if resume.basics.name.isEmpty {
            resume.basics.name = "Your Name"
            diagnostics.append(
                Diagnostic(
                    .warning, at: top,
                    "basics.name is set to \"Your Name\" (a résumé needs a name and Profile.csv gives none); replace it with yours"
                ))
        }
        result.diagnostics = (result.diagnostics + diagnostics + reader.notes).sortedByLocation()
        guard !result.diagnostics.containsErrors else { return result }
        result.finish(with: resume, from: file, kind: documentKind)
        return result
    }
}
