import Foundation
import ResumeSupport

/// A user's theme folder, read as code from a stranger should be: only the files a theme has
/// (`theme.yaml`, then the templates of the formats it lists), only inside the folder — a
/// symbolic link that leads out is refused, not followed — only regular files, and each up to a
/// size no template needs. Every folder of an `extends:` chain is read by these rules, each
/// confined to itself.
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
        try self.init(display: folder, url: URL(fileURLWithPath: (folder as NSString).expandingTildeInPath))
    }

    /// The folder at `url`, shown as `display` in messages.
    init(display: String, url: URL) throws {
        self.display = display
        let url = url.standardizedFileURL
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ThemeError.missingFile(path: display, reason: "no such theme folder")
        }
        root = url.resolvingSymlinksInPath()
    }

    /// The theme's templates for `formats`, by path relative to the folder. Nothing else in the
    /// folder but `theme.yaml` is looked at.
    func templates(for formats: [OutputFormat]) throws -> [String: String] {
        var files: [String: String] = [:]
        for format in formats {
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
        // Where the path really leads, through a link on the file or on any folder above it.
        if !isInside(file.resolvingSymlinksInPath()) {
            let link = status.st_mode & S_IFMT == S_IFLNK ? "is a symbolic link to a file" : "is reached through a symbolic link"
            throw ThemeError.missingFile(
                path: shown, reason: "\(link) outside the theme folder; a theme may read only its own files")
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
