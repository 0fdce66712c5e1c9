import Yams
import ResumeModel

/// Turns what libyaml reports into diagnostics that name the place and say what was expected.
enum YAMLProblem {
    static func diagnostics(for error: Error, text: String, file: String) -> [Diagnostic] {
        guard let error = error as? YamlError else {
            return [Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "could not read YAML: \(error)")]
        }
        let lines = YAMLLineMap(text)
        switch error {
        case let .scanner(context, problem, mark, _),
            let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let tabs = tabIndentations(in: text, file: file)
            if !tabs.isEmpty { return tabs }
            return [Diagnostic(.error, at: lines.location(of: mark, in: file), syntaxMessage(problem: problem, context: context, lines: lines))]
        case let .duplicatedKeysInMapping(duplicates, context):
            return duplicates.map { key in
                duplicateKey(key, firstAt: lines.location(of: context.mark, in: file), text: text)
            }
        case let .reader(problem, offset, _, _):
            let place = offset.flatMap { scalarOffsetToPosition($0, in: text) } ?? (line: 1, column: 1)
            return [Diagnostic(.error, at: SourceLocation(file: file, line: place.line, column: place.column), "could not read the file: \(problem)")]
        default:
            return [Diagnostic(.error, at: SourceLocation(file: file, line: 1, column: 1), "could not read YAML: \(error)")]
        }
    }

    /// libyaml's words, with the context it was in ("while parsing a block mapping at 3:1").
    private static func syntaxMessage(problem: String, context: YamlError.Context?, lines: YAMLLineMap) -> String {
        if problem.hasPrefix("Maximum nesting level reached") {
            return "YAML nesting is deeper than a résumé can be (more than 1000 levels of lists or mappings)"
        }
        var message = "YAML syntax error: \(problem)"
        if let context, !context.text.isEmpty {
            let start = lines.location(line: context.mark.line, column: context.mark.column)
            message += " (\(context.text) that starts at line \(start.line), column \(start.column))"
        }
        if problem.contains("mapping values are not allowed") {
            message += "; a value containing ': ' must be quoted"
        }
        return message
    }

    /// Every line indented with a tab: YAML indents with spaces only, and libyaml's own message for
    /// this ("found character that cannot start any token") does not say so.
    static func tabIndentations(in text: String, file: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            guard let tab = indentation.firstIndex(of: "\t"),
                indentation.endIndex != line.endIndex  // a blank line of whitespace is harmless
            else { continue }
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: tab) + 1
            diagnostics.append(Diagnostic(
                .error, at: SourceLocation(file: file, line: index + 1, column: column),
                "tab character used for indentation; YAML indents with spaces"))
        }
        return diagnostics
    }

    /// libyaml marks the first of two equal keys; the one to remove is the later one, found by
    /// looking for the same key at the same indentation further down.
    private static func duplicateKey(_ key: String, firstAt first: SourceLocation, text: String) -> Diagnostic {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let firstLine = first.line - 1
        var duplicateLine = first.line
        if lines.indices.contains(firstLine) {
            let indent = first.column - 1
            for index in (firstLine + 1)..<lines.count {
                let line = lines[index]
                let leading = line.prefix { $0 == " " }.count
                let content = line.dropFirst(leading)
                if content.isEmpty || content.hasPrefix("#") { continue }
                if leading < indent { break }  // the mapping has ended
                if leading == indent, [key, "\"\(key)\"", "'\(key)'"].contains(where: { content.hasPrefix("\($0):") }) {
                    duplicateLine = index + 1
                    break
                }
            }
        }
        let message = duplicateLine == first.line
            ? "duplicate key '\(key)' in this mapping"
            : "duplicate key '\(key)'; it is already set at line \(first.line), column \(first.column)"
        return Diagnostic(.error, at: SourceLocation(file: first.file, line: duplicateLine, column: first.column), message)
    }


    private static func scalarOffsetToPosition(_ offset: Int, in text: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        for (index, character) in text.enumerated() {
            if index == offset { return (line, column) }
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return nil
    }
}
