import Foundation

/// Builds a `Theme` from its files: `theme.yaml`, and `<format>/resume.mustache` with partials beside it.
struct ThemeLoader {
    /// Where the files came from, put in front of file names in errors (`./mytheme`, `themes/classic`).
    let origin: String

    static let manifestFile = "theme.yaml"
    static let documentTemplate = "resume"
    static let templateExtension = ".mustache"

    /// Reads a theme folder — its manifest, then the templates of the formats it lists — and
    /// loads it.
    static func load(folder: String) throws -> Theme {
        let loader = ThemeLoader(origin: folder)
        let files = try ThemeFolder(folder).files { manifest in
            try ManifestParser(file: loader.display(manifestFile)).parse(manifest).formats
        }
        return try loader.load(files: files, checkingTemplates: true)
    }

    /// Loads a theme from its files, keyed by path relative to the theme folder. Templates are
    /// compiled when a format is rendered; `checkingTemplates` compiles them all now, so that a
    /// user's theme reports every template error when it is loaded.
    func load(files: [String: String], checkingTemplates: Bool) throws -> Theme {
        guard let yaml = files[Self.manifestFile] else {
            throw ThemeError.missingFile(path: display(Self.manifestFile), reason: "a theme needs a manifest")
        }
        let manifest = try ManifestParser(file: display(Self.manifestFile)).parse(yaml)
        if checkingTemplates {
            for format in manifest.formats {
                _ = try library(for: format, from: files)
            }
        }
        return Theme(manifest: manifest, templates: ThemeTemplates(loader: self, files: files))
    }
}

/// A theme's template files, compiled into a template library for one format the first time
/// that format is rendered, then kept for the theme's later renderings.
struct ThemeTemplates: Sendable {
    let loader: ThemeLoader
    let files: [String: String]
    private let cache = LibraryCache()

    init(loader: ThemeLoader, files: [String: String]) {
        self.loader = loader
        self.files = files
    }

    func library(for format: OutputFormat) throws -> TemplateLibrary {
        try cache.library(for: format) {
            try loader.library(for: format, from: files)
        }
    }
}

/// The compiled libraries of one theme, shared by its copies and safe across threads.
private final class LibraryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var libraries: [OutputFormat: TemplateLibrary] = [:]

    func library(for format: OutputFormat, compile: () throws -> TemplateLibrary) throws -> TemplateLibrary {
        lock.lock()
        defer { lock.unlock() }
        if let library = libraries[format] { return library }
        let library = try compile()
        libraries[format] = library
        return library
    }
}

extension ThemeLoader {
    func display(_ path: String) -> String {
        origin.isEmpty ? path : (origin as NSString).appendingPathComponent(path)
    }

    /// Compiles `<format>/*.mustache`, each under its path without folder and extension.
    func library(for format: OutputFormat, from files: [String: String]) throws -> TemplateLibrary {
        let folder = format.rawValue + "/"
        var sources: [String: (path: String, text: String)] = [:]
        for (path, text) in files where path.hasPrefix(folder) && path.hasSuffix(Self.templateExtension) {
            let name = String(path.dropFirst(folder.count).dropLast(Self.templateExtension.count))
            sources[name] = (path, text)
        }
        guard sources[Self.documentTemplate] != nil else {
            let path = folder + Self.documentTemplate + Self.templateExtension
            throw ThemeError.missingFile(
                path: display(path), reason: "missing; the manifest lists '\(format.rawValue)' in formats")
        }
        var templates: [String: Template] = [:]
        for name in sources.keys.sorted() {
            let (path, text) = sources[name]!
            let template: Template
            do {
                template = try Template(text)
            } catch let error as TemplateError {
                throw ThemeError.invalidTemplate(file: display(path), line: error.line, message: error.message)
            }
            if let missing = template.partials.first(where: { sources[$0.name] == nil }) {
                throw ThemeError.invalidTemplate(
                    file: display(path), line: missing.line,
                    message: "partial '\(missing.name)' not found; expected \(folder)\(missing.name)\(Self.templateExtension)")
            }
            templates[name] = template
        }
        return TemplateLibrary(templates: templates, escape: ResumeContentType.escaping(for: format))
    }
}
