import ResumeModel

/// A problem with a theme, naming the file, the line when known, and what is wrong.
package enum ThemeError: Error, Equatable, CustomStringConvertible {
    /// No built-in theme has this name and it is not a path.
    case unknownTheme(name: String, available: [String])
    /// A file the theme needs is not there or cannot be read.
    case missingFile(path: String, reason: String)
    /// The manifests of the theme and its parents are not valid: every problem found in them,
    /// bad YAML, unknown, missing or duplicate keys, wrong types and ranges, a broken `extends:` chain.
    case invalidManifest(ManifestProblems)
    /// A template does not parse or uses something themes may not use.
    case invalidTemplate(file: String, line: Int?, message: String)
    /// The theme has no templates for the requested format.
    case formatNotProvided(theme: String, format: OutputFormat)

    public var description: String {
        switch self {
        case .unknownTheme(let name, let available):
            "no built-in theme named '\(name)' (available: \(available.joined(separator: ", "))); "
                + "to use a theme folder, give a path such as ./\(name)"
        case .missingFile(let path, let reason):
            "\(path): \(reason)"
        case .invalidManifest(let problems):
            problems.description
        case .invalidTemplate(let file, let line, let message):
            "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .formatNotProvided(let theme, let format):
            "theme '\(theme)' has no \(format.rawValue) templates"
        }
    }

    /// The problem on one line, for a finding that stands for it: a manifest's first problem
    /// and how many more there are.
    public var summary: String {
        guard case .invalidManifest(let problems) = self, let first = problems.messages.first else { return description }
        let more = problems.messages.count - 1
        return first + (more > 0 ? " (and \(more) more problem\(more == 1 ? "" : "s") in the theme's manifests)" : "")
    }
}

/// Every problem of a theme's manifests — its own `theme.yaml` and its parents' — each at its
/// file, line and column, printed as résumé problems are: `file:line:col: error: message`, the
/// source line and a caret.
package struct ManifestProblems: Sendable, Equatable, CustomStringConvertible {
    /// In the order of the chain (the theme's own manifest first), then by line.
    public var diagnostics: [Diagnostic]
    /// Each manifest's text, by the file name its diagnostics give.
    public var sources: [String: String]

    public var description: String {
        let formatter = DiagnosticFormatter()
        var text = ""
        var start = diagnostics.startIndex
        while start < diagnostics.endIndex {
            let file = diagnostics[start].location.file
            let end = diagnostics[start...].firstIndex { $0.location.file != file } ?? diagnostics.endIndex
            text += formatter.format(Array(diagnostics[start..<end]), source: sources[file])
            start = end
        }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// The messages alone, for tests and short reports: `theme.yaml:3:5: message`.
    public var messages: [String] {
        diagnostics.map { "\($0.location): \($0.message)" }
    }
}
