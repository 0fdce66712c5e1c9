/// A problem with a theme, naming the file, the line when known, and what is wrong.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    /// No built-in theme has this name and it is not a path.
    case unknownTheme(name: String, available: [String])
    /// A file the theme needs is not there or cannot be read.
    case missingFile(path: String, reason: String)
    /// `theme.yaml` is not valid: bad YAML, an unknown key, a missing key or a value of the wrong type.
    case invalidManifest(file: String, line: Int?, message: String)
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
        case .invalidManifest(let file, let line, let message), .invalidTemplate(let file, let line, let message):
            "\(file)\(line.map { ":\($0)" } ?? ""): \(message)"
        case .formatNotProvided(let theme, let format):
            "theme '\(theme)' has no \(format.rawValue) templates"
        }
    }
}
