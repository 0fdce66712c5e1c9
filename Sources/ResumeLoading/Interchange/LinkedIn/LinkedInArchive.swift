import Foundation
import ZIPFoundation
import ResumeModel

/// The CSV files of a LinkedIn data export archive, read with bounds a hostile archive cannot
/// pass: at most `entryLimit` entries, each file read at most the input size limit (counted as
/// it inflates, whatever its header claims), and only plain top-level files with the names the
/// import knows. Everything else in the archive is listed, never read.
struct LinkedInArchive {
    /// More entries than any export has (a complete one has about a hundred).
    static let entryLimit = 10_000
    /// The most bytes read from all files together.
    static let totalLimit = 4 * InputFile.sizeLimit

    /// The decoded text of each file read, by name (`Positions.csv`).
    private(set) var files: [String: String] = [:]
    /// The names of entries not read, sorted: other exports' files, folders' contents.
    private(set) var otherEntries: [String] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Whether `data` is a ZIP archive naming `Profile.csv` or `Positions.csv`: judged from the
    /// bytes (ZIP stores names uncompressed), without opening it.
    static func looksLikeExport(_ data: Data) -> Bool {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return false }
        return data.range(of: Data("Profile.csv".utf8)) != nil || data.range(of: Data("Positions.csv".utf8)) != nil
    }

    /// Opens the archive `data` (named `archive` in messages) and reads the files named `wanted`.
    init(data: Data, archive: String, wanted: Set<String>) {
        let top = SourceLocation(file: archive, line: 1, column: 1)
        let zip: Archive
        do {
            zip = try Archive(data: data, accessMode: .read, pathEncoding: nil)
        } catch {
            diagnostics.append(
                Diagnostic(
                    .error, at: top,
                    "not a ZIP archive LinkedIn's export could be: expected the .zip file LinkedIn sends (Settings › Data privacy › Get a copy of your data)"
                ))
            return
        }
        var entries: [Entry] = []
        for entry in zip {
            entries.append(entry)
            guard entries.count <= Self.entryLimit else {
                diagnostics.append(
                    Diagnostic(
                        .error, at: top,
                        "archive has more than \(Self.entryLimit) entries; a LinkedIn export has about a hundred, so it was not read"
                    ))
                return
            }
        }
        var total = 0
        for entry in entries {
            let name = entry.path
            guard entry.type == .file, wanted.contains(name) else {
                if entry.type == .file { otherEntries.append(Self.printable(name)) }
                continue
            }
            let location = SourceLocation(file: "\(archive)/\(name)", line: 1, column: 1)
            guard files[name] == nil else {
                diagnostics.append(Diagnostic(.error, at: location, "the archive holds \(name) twice; expected one of each file"))
                continue
            }
            let limit = min(InputFile.sizeLimit, Self.totalLimit - total)
            guard entry.uncompressedSize <= UInt64(limit) else {
                diagnostics.append(InputFile.tooLarge(byteCount: Int(clamping: entry.uncompressedSize), file: location.file))
                continue
            }
            var bytes = Data()
            do {
                _ = try zip.extract(entry, skipCRC32: false) { chunk in
                    bytes.append(chunk)
                    if bytes.count > limit { throw LinkedInArchiveLimit() }
                }
            } catch is LinkedInArchiveLimit {
                diagnostics.append(InputFile.tooLarge(byteCount: nil, file: location.file))
                continue
            } catch {
                diagnostics.append(
                    Diagnostic(.error, at: location, "cannot read \(name) from the archive (\(error)); is the download complete?")
                )
                continue
            }
            total += bytes.count
            let decoded = SourceText(data: bytes, file: location.file, kind: "a CSV file")
            // A byte-order mark and CRLF line endings, which spreadsheets write, change no value.
            diagnostics += decoded.diagnostics.filter { $0.severity == .error }
            if !decoded.diagnostics.containsErrors { files[name] = decoded.text }
        }
        otherEntries.sort()
    }

    /// An entry name as notes show it: control characters as `?`, at most 200 characters.
    private static func printable(_ name: String) -> String {
        let shown = String(String.UnicodeScalarView(name.unicodeScalars.prefix(200).map { $0.isLineOrControl ? "?" : $0 }))
        return name.unicodeScalars.count > 200 ? shown + "…" : shown
    }
}

/// Thrown from inside extraction when a file inflates past the limit.
private struct LinkedInArchiveLimit: Error {}
