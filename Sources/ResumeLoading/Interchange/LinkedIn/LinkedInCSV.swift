import CSV
import Foundation
import ResumeModel
import ResumeSupport

/// One CSV file of a LinkedIn export: its header and its records, each value with its place
/// `linkedin.zip/Positions.csv:RECORD:COLUMN` (the header is record 1; a quoted value may span
/// lines, so records are counted, not lines).
struct LinkedInCSV {
    /// A value and where it is.
    struct Cell {
        let text: String
        let location: SourceLocation
    }

    let file: String
    let header: [String]
    /// The records after the header, each by column name; blank values are left out.
    let records: [[String: Cell]]

    /// Reads `text`, the file `file`; nil (with an error) when it has no header.
    init?(text: String, file: String, diagnostics: inout [Diagnostic]) {
        self.file = file
        guard let reader = try? CSVReader(string: text, hasHeaderRow: true), let header = reader.headerRow,
            header.contains(where: { !$0.isEmpty })
        else {
            diagnostics.append(
                Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "expected a header row of column names"))
            return nil
        }
        self.header = header.map(\.trimmingWhitespace)
        var records: [[String: Cell]] = []
        while let row = reader.next() {
            let number = records.count + 2
            var record: [String: Cell] = [:]
            for (index, value) in row.enumerated() {
                let location = SourceLocation(file: file, line: number, column: index + 1)
                guard index < header.count else {
                    if !value.trimmingWhitespace.isEmpty {
                        diagnostics.append(
                            Diagnostic(
                                .warning, at: location,
                                "value \"\(value)\" is past the last column (\(header.count)); it was left out"))
                    }
                    continue
                }
                let text = value.replacingOccurrences(of: "\r\n", with: "\n").trimmingWhitespace
                if !text.isEmpty { record[self.header[index]] = Cell(text: text, location: location) }
            }
            records.append(record)
        }
        self.records = records
    }

    /// Where a column's name is in the header.
    func headerLocation(_ column: String) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: (header.firstIndex(of: column) ?? 0) + 1)
    }
}
