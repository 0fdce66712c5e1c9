import Foundation
import Yams
import ResumeModel
import ResumeSupport

/// A JSON Resume-shaped document built from another tool's YAML, for `JSONResumeReader` to read,
/// so that every format is mapped onto the résumé by one reader. Values are the nodes the
/// document wrote and renamed keys keep the place of the key they replace, so every note the
/// reader makes points at the line the user wrote.
enum ImportTree {
    /// A key named `name`, at the place of the key it stands for.
    static func key(_ name: String, at mark: Mark?) -> Node {
        .scalar(Node.Scalar(name, .implicit, .plain, mark))
    }

    /// Text made by the import (joined or converted), at the place of what it was made from.
    static func text(_ text: String, at mark: Mark?) -> Node {
        .scalar(Node.Scalar(text, .implicit, .doubleQuoted, mark))
    }

    static func object(_ pairs: [(key: Node, value: Node)], at mark: Mark?) -> Node {
        .mapping(Node.Mapping(pairs.map { ($0.key, $0.value) }, .implicit, .any, mark))
    }

    static func list(_ items: [Node], at mark: Mark?) -> Node {
        .sequence(Node.Sequence(items, .implicit, .any, mark))
    }

    /// Decodes and composes a YAML document written for another tool, has `read` map it onto a
    /// résumé with notes at the document's own lines, and writes the YAML (`ImportedResume.finish`).
    static func importYAML(
        data: Data, file: String, kind: String, read: (Node, ImportNotes) -> Resume?
    ) -> ImportedResume {
        let source = SourceText(data: data, file: file)
        return importDocument(
            text: source.text, yaml: source.text, problems: source.diagnostics, file: file, kind: kind,
            positions: .yaml(YAMLLineMap(source.text)),
            syntaxProblems: { YAMLProblem.diagnostics(for: $0, text: source.text, file: file) }, read: read)
    }

    /// Composes `yaml` (the document's `text` as libyaml reads it, with the `problems` found
    /// decoding it), has `read` map it onto a résumé, and writes the YAML; a syntax error, an
    /// empty file or an error `read` notes writes nothing.
    static func importDocument(
        text: String, yaml: String, problems: [Diagnostic], file: String, kind: String, positions: SourcePositions,
        syntaxProblems: (Error) -> [Diagnostic], read: (Node, ImportNotes) -> Resume?
    ) -> ImportedResume {
        var result = ImportedResume(diagnostics: problems, source: text)
        guard !problems.containsErrors else { return result }
        let root: Node?
        do {
            root = try YAMLDocument.compose(yaml)
        } catch {
            result.diagnostics += syntaxProblems(error)
            return result
        }
        guard let root else {
            result.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "file is empty"))
            return result
        }
        let notes = ImportNotes(file: file, positions: positions)
        let resume = read(root, notes)
        result.diagnostics = (result.diagnostics + notes.diagnostics).sortedByLocation()
        guard let resume, !result.diagnostics.containsErrors else { return result }
        result.finish(with: resume, from: file, kind: kind)
        return result
    }

    /// Whether the document's top level has `key` (at the start of a line) and, indented under
    /// it, `child`: a cheap look at a YAML file's shape, without parsing it.
    static func hasTopLevel(_ key: String, containing child: String, in data: Data) -> Bool {
        guard let text = String(data: data, encoding: .utf8) else { return false }
        var inside = false
        for line in text.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("\(key):") {
                inside = true
            } else if let first = line.first, first != " ", first != "#", first != "-" {
                inside = false
            } else if inside, line.trimmingWhitespace.hasPrefix("\(child):") {
                return true
            }
        }
        return false
    }
}

extension Node {
    /// A mapping's keys and values in the document's order, keys as text.
    var namedPairs: [(name: String, key: Node, value: Node)] {
        guard case .mapping(let mapping) = self else { return [] }
        return mapping.map { key, value in (key.string ?? "\(key)", key, value) }
    }
}
