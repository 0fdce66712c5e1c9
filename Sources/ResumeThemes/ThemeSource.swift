import Foundation

/// Where one theme of an `extends:` chain keeps its files: built into the binary, in a user's
/// folder, or given in memory.
enum ThemeSource {
    case builtin(name: String)
    case folder(ThemeFolder)
    /// Files by path relative to the theme folder; `origin` names them in messages.
    case files(origin: String, [String: String])

    /// Put in front of file names in messages: `themes/classic`, `./mine`.
    var origin: String {
        switch self {
        case .builtin(let name): "themes/\(name)"
        case .folder(let folder): folder.display
        case .files(let origin, _): origin
        }
    }

    /// What makes two sources the same theme, to find a cycle.
    var identity: String {
        switch self {
        case .builtin(let name): "builtin:\(name)"
        case .folder(let folder): "folder:\(folder.root.path)"
        case .files(let origin, _): "files:\(origin)"
        }
    }

    /// The text of the theme's own `theme.yaml`.
    func manifest() throws -> String {
        switch self {
        case .folder(let folder):
            return try folder.text(at: ThemeLoader.manifestFile)
        case .builtin, .files:
            guard let text = inMemory[ThemeLoader.manifestFile] else {
                throw ThemeError.missingFile(path: display(ThemeLoader.manifestFile), reason: "a theme needs a manifest")
            }
            return text
        }
    }

    /// The theme's own templates of `formats`, by path relative to its folder.
    func templates(for formats: [OutputFormat]) throws -> [String: String] {
        switch self {
        case .folder(let folder):
            return try folder.templates(for: formats)
        case .builtin, .files:
            let folders = formats.map { $0.rawValue + "/" }
            return inMemory.filter { path, _ in
                path.hasSuffix(ThemeLoader.templateExtension) && folders.contains { path.hasPrefix($0) }
            }
        }
    }

    /// The theme `extends:` names: a built-in theme by name, or a folder by its path from this
    /// theme's folder. A built-in theme extends only built-in themes.
    func parent(_ name: String) throws -> ThemeSource {
        guard Theme.isPath(name) else {
            guard BuiltinThemeFiles.themes[name] != nil else {
                throw ParentProblem(
                    description: "no built-in theme is named '\(name)' (built-in: \(Theme.builtinNames.joined(separator: ", "))); "
                        + "to extend a theme folder, give its path from this theme's folder, such as ../\(name)")
            }
            return .builtin(name: name)
        }
        let expanded = (name as NSString).expandingTildeInPath
        switch self {
        case .builtin:
            throw ParentProblem(description: "a built-in theme extends only built-in themes")
        case .folder(let folder):
            if expanded.hasPrefix("/") { return .folder(try ThemeFolder(name)) }
            return .folder(try ThemeFolder(display: Self.joined(folder.display, name), url: folder.root.appendingPathComponent(expanded)))
        case .files(let origin, _):
            return .folder(try ThemeFolder(expanded.hasPrefix("/") ? name : Self.joined(origin, name)))
        }
    }

    func display(_ path: String) -> String {
        origin.isEmpty ? path : (origin as NSString).appendingPathComponent(path)
    }

    /// A parent that cannot be named, said in a sentence.
    struct ParentProblem: Error, CustomStringConvertible {
        var description: String
    }
}

private extension ThemeSource {
    var inMemory: [String: String] {
        switch self {
        case .builtin(let name): BuiltinThemeFiles.themes[name] ?? [:]
        case .files(_, let files): files
        case .folder: [:]
        }
    }

    /// `folder` and the relative `path` joined and tidied for messages: `./mine` and `../base`
    /// give `./base`.
    static func joined(_ folder: String, _ path: String) -> String {
        var parts: [String] = []
        for part in (folder + "/" + path).split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if let last = parts.last, last != ".." { parts.removeLast() } else { parts.append("..") }
            default: parts.append(String(part))
            }
        }
        let tidy = parts.joined(separator: "/")
        if folder.hasPrefix("/") { return "/" + tidy }
        return tidy.hasPrefix("..") ? tidy : "./" + tidy
    }
}
