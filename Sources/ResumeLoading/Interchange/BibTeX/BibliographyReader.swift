import Foundation
import Yams
import ResumeModel

/// `publications: {bib: refs.bib, keys: […], highlight: Your Name}`: the section's entries read
/// from a BibTeX file when the résumé loads, so the list stays where a researcher keeps it.
///
/// The path is relative to the résumé's folder (as given on the command line), and only the named
/// file is read, with the input size limit. Entries are converted as `resume import refs.bib`
/// converts them, newest first or in the order `keys` lists them. A problem in the .bib is
/// reported at the `bib:` line with the .bib's own place first in the message
/// (`refs.bib:12:3: unclosed brace …`), so the source line shown under it is the résumé's.
struct BibliographyReader {
    let context: LoadingContext

    func read(_ map: MappingReader) -> [Publication] {
        let keys =
            map.value("keys") == nil
            ? nil : map.list("keys") { node, path in map.text(node, path: path).map { (name: $0, node: node) } }
        let highlight = map.string("highlight")
        guard let path = map.require(map.string("bib"), "bib"), let bibNode = map.value("bib") else { return [] }
        let file = Self.displayPath(path, besides: context.file)
        func report(_ problem: Diagnostic) {
            context.report(
                Diagnostic(problem.severity, at: context.location(of: bibNode), "\(problem.location): \(problem.message)"))
        }

        let data: Data
        do {
            data = try InputFile.read(URL(fileURLWithPath: file), displayName: file, kind: "a BibTeX file")
        } catch {
            report(error.diagnostic)
            return []
        }
        let text = SourceText(data: data, file: file, kind: "a BibTeX file")
        text.diagnostics.forEach(report)
        let database = BibTeXParser.parse(text.text, file: file)
        database.diagnostics.forEach(report)
        guard !text.diagnostics.containsErrors, !database.diagnostics.containsErrors else { return [] }

        let chosen = entries(of: database, keys: keys, file: file)
        var notes: [Diagnostic] = []
        var publications = chosen.compactMap { BibTeXPublication(entry: $0).converted(notes: &notes, notingUnused: false) }
        notes.forEach(report)
        if keys == nil { publications = BibTeXPublication.newestFirst(publications) }
        if let highlight {
            for index in publications.indices { publications[index].highlight = highlight }
            if !publications.contains(where: { $0.authors.contains(highlight) }), let node = map.value("highlight") {
                context.warning(
                    "publications.highlight '\(highlight)' is not an author of any entry in \(file); write the name as the entries give it, e.g. '\(publications.first?.authors.first ?? "First Last")'",
                    at: node)
            }
        }
        for index in publications.indices { context.record("publications[\(index)]", at: bibNode) }
        return publications
    }

    /// The entries `keys` names, in its order, or all of them; an unknown key is an error at its place.
    private func entries(of database: BibTeXDatabase, keys: [(name: String, node: Node)]?, file: String) -> [BibTeXEntry] {
        guard let keys else { return database.entries }
        var byKey: [String: BibTeXEntry] = [:]
        for entry in database.entries { byKey[entry.key.lowercased()] = entry }
        return keys.compactMap { key in
            guard let entry = byKey[key.name.lowercased()] else {
                let known = database.entries.prefix(10).map(\.key).joined(separator: ", ")
                let more = database.entries.count > 10 ? ", …" : ""
                context.error(
                    "no entry '\(key.name)' in \(file); its keys are \(known.isEmpty ? "none" : known + more)", at: key.node)
                return nil
            }
            return entry
        }
    }

    /// `refs.bib` beside `cv/resume.yaml` is `cv/refs.bib`; an absolute path stays as it is.
    static func displayPath(_ path: String, besides resume: String) -> String {
        let folder = (resume as NSString).deletingLastPathComponent
        return path.hasPrefix("/") || folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
    }
}
