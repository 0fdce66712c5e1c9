import Foundation
import Yams
import Mustache
import ResumeModel

/// Builds a `Theme` from its files — `theme.yaml`, and `<format>/resume.mustache` with partials
/// beside it — and from its parents' when its manifest says `extends:`: a template is looked up in
/// the theme first, then in each parent in turn, and the manifests are merged mapping by mapping.
package struct ThemeLoader {
    /// Where the theme's own files came from, put in front of file names in errors (`./mytheme`,
    /// `themes/classic`).
    let origin: String
    /// Where each template inherited from a parent came from, by path.
    var origins: [String: String] = [:]
    /// The LaTeX blocks' definitions, which every LaTeX document includes as partials.
    var blocks: BlockMacros?

    static let manifestFile = "theme.yaml"
    package static let documentTemplate = "resume"
    package static let templateExtension = ".mustache"
    /// The most parents a theme may have, one extending the next.
    static let inheritanceLimit = 8

    /// Reads a theme folder — its manifest and its parents', then the templates of the formats
    /// they list — and loads it, compiling every template.
    static func load(folder: String) throws -> Theme {
        try load(.folder(ThemeFolder(folder)), checkingTemplates: true)
    }

    /// Loads a theme from its files, keyed by path relative to the theme folder; its parents are
    /// built-in themes or folders. Templates are compiled when a format is rendered;
    /// `checkingTemplates` compiles them all now, so that a user's theme reports every template
    /// error when it is loaded.
    func load(files: [String: String], checkingTemplates: Bool) throws -> Theme {
        try Self.load(.files(origin: origin, files), checkingTemplates: checkingTemplates)
    }

    static func load(_ source: ThemeSource, checkingTemplates: Bool) throws -> Theme {
        let chain = try ThemeChain(source)
        let manifest = try chain.manifest()
        var files: [String: String] = [:]
        var origins: [String: String] = [:]
        for theme in chain.sources {
            for (path, text) in try theme.templates(for: manifest.formats) where files[path] == nil {
                files[path] = text
                if theme.origin != source.origin { origins[path] = theme.origin }
            }
        }
        let loader = ThemeLoader(origin: source.origin, origins: origins, blocks: BlockMacros(manifest: manifest))
        try loader.refuseOwnBlockMacros(in: files)
        if checkingTemplates {
            for format in manifest.formats {
                _ = try loader.templates(for: format, from: files)
            }
        }
        let parent = chain.documents.first?.extends?.scalar?.string
        return Theme(manifest: manifest, extends: parent, templates: ThemeTemplates(loader: loader, files: files))
    }
}

/// A theme and its parents, nearest first, with their manifests as written; a broken link (an
/// unknown parent, a cycle, a chain too long) is a problem at the `extends:` line.
struct ThemeChain {
    private(set) var sources: [ThemeSource] = []
    private(set) var documents: [ManifestDocument] = []
    private var problems: [Diagnostic] = []
    /// False when the chain could not be read to its end.
    private var complete = true

    init(_ theme: ThemeSource) throws {
        var source = theme
        var text = try theme.manifest()
        while true {
            sources.append(source)
            let document = ManifestParser.read(
                text, file: ThemeLoader(origin: source.origin).display(ThemeLoader.manifestFile), problems: &problems)
            documents.append(document)
            if document.root == nil { complete = false }
            guard let extends = document.extends else { return }
            guard let name = extends.scalar?.string, !name.isEmpty else {
                broken(at: extends, in: document, "'extends' must name a theme: a built-in theme, or a folder by its path")
                return
            }
            guard sources.count <= ThemeLoader.inheritanceLimit else {
                let chain = sources.map(\.origin).joined(separator: " → ")
                broken(
                    at: extends, in: document,
                    "cannot extend '\(name)': \(chain) already has \(ThemeLoader.inheritanceLimit) parents, the most a theme may have")
                return
            }
            let parent: ThemeSource
            do {
                parent = try source.parent(name)
            } catch {
                broken(at: extends, in: document, "cannot extend '\(name)': \(error)")
                return
            }
            if let first = sources.firstIndex(where: { $0.identity == parent.identity }) {
                let cycle = (sources[first...].map(\.origin) + [parent.origin]).joined(separator: " → ")
                broken(at: extends, in: document, "'extends: \(name)' makes a cycle: \(cycle)")
                return
            }
            do {
                text = try parent.manifest()
            } catch {
                broken(at: extends, in: document, "cannot extend '\(name)': \(error)")
                return
            }
            source = parent
        }
    }

    /// The merged manifest, or every problem of every manifest in the chain.
    func manifest() throws -> ThemeManifest {
        var problems = problems
        let manifest = ManifestParser.manifest(from: documents, complete: complete, problems: &problems)
        guard let manifest, problems.isEmpty else {
            let order = Dictionary(documents.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { first, _ in first })
            let sorted = problems.enumerated().sorted { a, b in
                let left = (order[a.element.location.file] ?? 0, a.element.location.line, a.element.location.column, a.offset)
                let right = (order[b.element.location.file] ?? 0, b.element.location.line, b.element.location.column, b.offset)
                return left < right
            }.map(\.element)
            let sources = Dictionary(documents.map { ($0.file, $0.source) }, uniquingKeysWith: { first, _ in first })
            throw ThemeError.invalidManifest(ManifestProblems(diagnostics: sorted, sources: sources))
        }
        return manifest
    }

    private mutating func broken(at node: Node, in document: ManifestDocument, _ message: String) {
        let location = SourceLocation(file: document.file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        problems.append(Diagnostic(.error, at: location, message))
        complete = false
    }
}

/// A theme's template files, compiled for one format the first time that format is rendered,
/// then kept for the theme's later renderings. The renderer pairs them with its format's escaping.
public struct ThemeTemplates: Sendable {
    package let loader: ThemeLoader
    package let files: [String: String]
    private let cache = LibraryCache()

    init(loader: ThemeLoader, files: [String: String]) {
        self.loader = loader
        self.files = files
    }

    package func templates(for format: OutputFormat) throws -> [String: Template] {
        try cache.templates(for: format) {
            try loader.templates(for: format, from: files)
        }
    }
}

/// The compiled templates of one theme, shared by its copies and safe across threads.
private final class LibraryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var compiled: [OutputFormat: [String: Template]] = [:]

    func templates(for format: OutputFormat, compile: () throws -> [String: Template]) throws -> [String: Template] {
        lock.lock()
        defer { lock.unlock() }
        if let templates = compiled[format] { return templates }
        let templates = try compile()
        compiled[format] = templates
        return templates
    }
}

extension ThemeLoader {
    /// Where the template or manifest at `path` came from: the theme's folder, or the parent's
    /// it was inherited from.
    package func display(_ path: String) -> String {
        let folder = origins[path] ?? origin
        return folder.isEmpty ? path : (folder as NSString).appendingPathComponent(path)
    }

    /// Compiles `<format>/*.mustache`, each under its path without folder and extension.
    func templates(for format: OutputFormat, from files: [String: String]) throws -> [String: Template] {
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
        let own = sources
        if format == .tex, let blocks {
            for (name, text) in blocks.partials { sources[name] = ("", text) }
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
        if format == .tex, blocks != nil {
            do {
                try TeXTemplateCheck(templates: own, partials: templates.mapValues(\.partials)).check()
            } catch let problem as TeXTemplateCheck.Problem {
                throw ThemeError.invalidTemplate(file: display(problem.path), line: problem.line, message: problem.message)
            }
        }
        return templates
    }
}

extension ThemeLoader {
    /// Refuses a LaTeX template named like a partial `resume` generates (`macros`, `pagebreaks`,
    /// `setup`): the blocks are defined from the manifest, so that what the fit engine measures is
    /// what TeX sets.
    func refuseOwnBlockMacros(in files: [String: String]) throws {
        for name in BlockMacros.partialNames {
            let path = OutputFormat.tex.rawValue + "/" + name + Self.templateExtension
            guard files[path] != nil else { continue }
            throw ThemeError.invalidTemplate(
                file: display(path), line: 1,
                message: "resume defines the LaTeX blocks itself (\\cvname, \\cvsection, \\cventry, \\cvitem, …) "
                    + "from theme.yaml, so that the fit engine measures what TeX sets; remove this file and choose "
                    + "the blocks' looks under 'blocks:' and their lengths under 'layout:' in theme.yaml")
        }
    }
}
