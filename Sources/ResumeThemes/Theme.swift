import ResumeModel

/// A theme: its manifest and, for each format it provides, its compiled templates.
///
/// Themes are data (`theme.yaml` and Mustache templates); the built-in ones are embedded in the binary.
public struct Theme: Sendable {
    public let name: String
    public let description: String
    /// The formats the theme has templates for, in the manifest's order.
    public let formats: [OutputFormat]
    /// Layout values, date style and colours; the fit engine reads the layout from here.
    public let manifest: ThemeManifest
    /// The theme this one extends, as its manifest names it (`classic`, `../base`); nil for a
    /// theme that stands alone.
    public let extends: String?
    /// The template files; `resume` is each format's document, the others are its partials.
    package let templates: ThemeTemplates

    init(manifest: ThemeManifest, extends: String? = nil, templates: ThemeTemplates) {
        self.name = manifest.name
        self.description = manifest.description
        self.formats = manifest.formats
        self.manifest = manifest
        self.extends = extends
        self.templates = templates
    }
}

extension Theme {
    /// The names of the themes built into the binary, sorted.
    public static var builtinNames: [String] {
        BuiltinThemeNames.all
    }

    /// A built-in theme, or nil when there is none by that name.
    public static func builtin(named name: String) -> Theme? {
        guard BuiltinThemeFiles.themes[name] != nil else { return nil }
        do {
            return try ThemeLoader.load(.builtin(name: name), checkingTemplates: false)
        } catch {
            preconditionFailure("built-in theme '\(name)' does not load (this is a bug): \(error)")
        }
    }

    /// A built-in name, or a path (containing "/" or starting with ".") to a user theme folder.
    package static func resolve(_ nameOrPath: String) throws -> Theme {
        if isPath(nameOrPath) {
            return try ThemeLoader.load(folder: nameOrPath)
        }
        guard let theme = builtin(named: nameOrPath) else {
            throw ThemeError.unknownTheme(name: nameOrPath, available: builtinNames)
        }
        return theme
    }

    /// Whether a theme is named by a folder's path (it contains "/" or starts with ".") rather
    /// than a built-in theme's name.
    static func isPath(_ nameOrPath: String) -> Bool {
        nameOrPath.contains("/") || nameOrPath.hasPrefix(".")
    }
}
