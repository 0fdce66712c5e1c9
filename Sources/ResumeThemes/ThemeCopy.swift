import Foundation

/// A new theme folder made from a built-in theme, to start a user's own theme from: a small folder
/// that extends it (a manifest naming the theme and its parent, listing as comments what it can
/// override), or, ejected, a standalone copy of every template and every manifest value,
/// resolved through the built-in theme's parents.
public struct ThemeCopy {
    /// The built-in theme started from.
    public let source: String
    /// The new theme's name: the folder's last path component.
    public let name: String
    /// Whether the folder is a standalone copy rather than a theme that extends `source`.
    public let ejected: Bool
    /// The files to write, keyed by path relative to the new folder; the manifest carries `name`.
    public let files: [String: String]

    public enum Problem: Error, CustomStringConvertible {
        case unknownTheme(String, available: [String])
        case invalidName(String)

        public var description: String {
            switch self {
            case .unknownTheme(let name, let available):
                return "unknown theme '\(name)'; built-in themes: \(available.joined(separator: ", "))"
            case .invalidName(let name):
                return "'\(name)' cannot name a theme: use letters, digits, '-' or '_'"
            }
        }
    }

    /// A standalone copy of the built-in theme `source` for the folder `folder`: every template
    /// and every manifest value, resolved through the themes `source` extends, and no `extends:`.
    public init(from source: String, to folder: String) throws {
        let theme = try Self.builtin(source)
        var files = theme.templates.files
        files[ThemeLoader.manifestFile] = Self.standaloneManifest(name: try Self.name(of: folder), copying: theme)
        try self.init(source: source, folder: folder, ejected: true, files: files)
    }

    /// A theme for the folder `folder` that extends the built-in theme `source`: its manifest
    /// alone, naming the theme and its parent and listing as comments what it can override.
    public init(extending source: String, to folder: String) throws {
        let theme = try Self.builtin(source)
        let manifest = Self.inheritingManifest(name: try Self.name(of: folder), extending: theme)
        try self.init(source: source, folder: folder, ejected: false, files: [ThemeLoader.manifestFile: manifest])
    }

    /// Writes the folder, all or nothing: the files go to a hidden sibling folder first, which is
    /// renamed into place. An existing folder is never touched.
    public func write(to folder: String) throws {
        let target = URL(fileURLWithPath: folder)
        let manager = FileManager.default
        guard !manager.fileExists(atPath: target.path) else {
            throw CocoaError(.fileWriteFileExists, userInfo: [NSFilePathErrorKey: target.path])
        }
        let staging = target.deletingLastPathComponent()
            .appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).partial")
        do {
            for (path, text) in files.sorted(by: { $0.key < $1.key }) {
                let file = staging.appendingPathComponent(path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: file)
            }
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}

private extension ThemeCopy {
    init(source: String, folder: String, ejected: Bool, files: [String: String]) throws {
        self.source = source
        self.name = try Self.name(of: folder)
        self.ejected = ejected
        self.files = files
    }

    static func builtin(_ name: String) throws -> Theme {
        guard let theme = Theme.builtin(named: name) else {
            throw Problem.unknownTheme(name, available: Theme.builtinNames)
        }
        return theme
    }

    /// The folder's last path component, which names the theme.
    static func name(of folder: String) throws -> String {
        let name = URL(fileURLWithPath: folder).lastPathComponent
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw Problem.invalidName(name)
        }
        return name
    }

    /// `name` and `extends`, then every value and template of `parent` as comments: what the new
    /// theme can override.
    static func inheritingManifest(name: String, extending parent: Theme) -> String {
        var lines = [
            "# \(name): a theme that extends \(parent.name). Only what is set here differs from \(parent.name); every other",
            "# value and every template is \(parent.name)'s, and follows it when resume is updated.",
            "#",
            "# To change a value, uncomment its line and the mappings above it (such as `layout:`) and edit it.",
            "# Mappings merge key by key: `layout:` holding only `fontSize:` changes the font size alone.",
            "# To change a template, write your version at the same path in this folder (tex/work.mustache);",
            "# the others stay \(parent.name)'s. `resume themes new NAME --from \(parent.name) --eject` writes a",
            "# standalone copy of every file instead. The README's Themes section describes every key.",
            "",
            "name: \(name)",
            "extends: \(parent.name)",
            "",
            "# The values \(parent.name) sets:",
        ]
        lines += ManifestWriter.lines(parent.manifest).map { $0.isEmpty ? "#" : "# " + $0 }
        lines += ["", "# The templates \(parent.name) provides, each of which this folder can replace:"]
        for format in parent.formats {
            let folder = format.rawValue + "/"
            let names = parent.templates.files.keys.filter { $0.hasPrefix(folder) }.sorted()
                .map { String($0.dropFirst(folder.count).dropLast(ThemeLoader.templateExtension.count)) }
            lines += wrapped(names, first: "#   \(folder)", rest: "#   " + String(repeating: " ", count: folder.count))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every value of `theme`, with no parent: the manifest of an ejected copy.
    static func standaloneManifest(name: String, copying theme: Theme) -> String {
        let lines = [
            "# \(name): a standalone copy of the built-in theme \(theme.name), made by `resume themes new --eject`.",
            "# It gives every key and holds every template, so it no longer follows \(theme.name). The README's",
            "# Themes section describes every key and what templates can read.",
            "",
            "name: \(name)",
        ] + ManifestWriter.lines(theme.manifest)
        return lines.joined(separator: "\n") + "\n"
    }

    /// `items` separated by ", " on lines of at most 100 characters.
    static func wrapped(_ items: [String], first: String, rest: String) -> [String] {
        var lines: [String] = []
        var line = first
        for (index, item) in items.enumerated() {
            let piece = item + (index < items.count - 1 ? "," : "")
            if line.count + 1 + piece.count > 100, line != first, line != rest {
                lines.append(line)
                line = rest
            }
            line += " " + piece
        }
        return lines + [line]
    }
}
