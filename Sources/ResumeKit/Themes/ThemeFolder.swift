import Foundation

/// A user's theme folder, read as code from a stranger should be: only the files a theme has
/// (`theme.yaml`, then the templates of the formats it lists), only inside the folder — a
/// symbolic link that leads out is refused, not followed — only regular files, and each up to a
/// size no template needs.
struct ThemeFolder {
    /// The folder as the user named it, for messages.
    let display: String
    /// The folder with symbolic links resolved: every file read must be inside it.
    let root: URL

    /// The most bytes one file of a theme may hold; the built-in templates are a few kilobytes.
    static let fileSizeLimit = 1 << 20
    /// The most template files one format's folder may hold, and how deep it may nest.
    static let fileLimit = 500
    static let depthLimit = 4

    init(_ folder: String) throws {
        display = folder
        let url = URL(fileURLWithPath: (folder as NSString).expandingTildeInPath).standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ThemeError.missingFile(path: folder, reason: "no such theme folder")
        }
        root = url.resolvingSymlinksInPath()
    }

    /// The theme's files by path relative to the folder: the manifest, and the templates of
    /// `formats`. Nothing else in the folder is looked at.
    func files(formats: (String) throws -> [OutputFormat]) throws -> [String: String] {
        let manifest = try text(at: ThemeLoader.manifestFile)
        var files = [ThemeLoader.manifestFile: manifest]
        for format in try formats(manifest) {
            for path in try templatePaths(in: format.rawValue) {
                files[path] = try text(at: path)
            }
        }
        return files
    }

    /// The text of the file at `path` in the folder.
    func text(at path: String) throws -> String {
        let shown = (display as NSString).appendingPathComponent(path)
        let file = root.appendingPathComponent(path)
        var status = stat()
        guard lstat(file.path, &status) == 0 else {
            throw ThemeError.missingFile(
                path: shown, reason: path == ThemeLoader.manifestFile ? "not found; a theme folder needs a manifest" : "cannot be read")
        }
        if status.st_mode & S_IFMT == S_IFLNK, !isInside(file.resolvingSymlinksInPath()) {
            throw ThemeError.missingFile(
                path: shown, reason: "is a symbolic link to a file outside the theme folder; a theme may read only its own files")
        }
        let contents: BoundedFile.Contents
        do {
            contents = try BoundedFile.contents(of: file.path, limit: Self.fileSizeLimit)
        } catch {
            throw ThemeError.missingFile(path: shown, reason: "cannot be read")
        }
        switch contents {
        case .tooLarge:
            throw ThemeError.missingFile(path: shown, reason: "is larger than \(Self.fileSizeLimit >> 20) MB, more than a theme file needs")
        case .bytes(let data):
            guard let text = String(validating: data, as: UTF8.self) else {
                throw ThemeError.missingFile(path: shown, reason: "is not UTF-8 text")
            }
            return text
        }
    }
}

private extension ThemeFolder {
    /// The `.mustache` files under `folder`, sorted; links to folders are not followed.
    func templatePaths(in folder: String) throws -> [String] {
        var found: [String] = []
        func walk(_ relative: String, depth: Int) throws {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(relative).path)) ?? []
            for entry in entries.sorted() {
                let path = relative + "/" + entry
                var status = stat()
                guard lstat(root.appendingPathComponent(path).path, &status) == 0 else { continue }
                if status.st_mode & S_IFMT == S_IFDIR, depth < Self.depthLimit {
                    try walk(path, depth: depth + 1)
                } else if entry.hasSuffix(ThemeLoader.templateExtension) {
                    found.append(path)
                    guard found.count <= Self.fileLimit else {
                        throw ThemeError.missingFile(
                            path: (display as NSString).appendingPathComponent(folder),
                            reason: "holds more than \(Self.fileLimit) templates, more than a theme needs")
                    }
                }
            }
        }
        try walk(folder, depth: 1)
        return found
    }

    func isInside(_ file: URL) -> Bool {
        file.path.hasPrefix(root.path + "/")
    }
}
