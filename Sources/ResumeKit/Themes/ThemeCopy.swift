import Foundation

/// A new theme folder made from a built-in theme, to start a user's own theme from.
public struct ThemeCopy {
    /// The built-in theme copied.
    public let source: String
    /// The new theme's name: the folder's last path component.
    public let name: String
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

    /// Copies the built-in theme `source` into a theme for the folder `folder`.
    public init(from source: String, to folder: String) throws {
        guard let files = BuiltinThemeFiles.themes[source] else {
            throw Problem.unknownTheme(source, available: Theme.builtinNames)
        }
        let name = URL(fileURLWithPath: folder).lastPathComponent
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw Problem.invalidName(name)
        }
        self.source = source
        self.name = name
        var copied = files
        copied[ThemeLoader.manifestFile] = files[ThemeLoader.manifestFile].map { Self.renaming($0, to: name) }
        self.files = copied
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

    /// The manifest with its `name:` line set to `name`, comments and layout untouched.
    static func renaming(_ manifest: String, to name: String) -> String {
        manifest.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("name:") ? "name: \(name)" : String(line)
        }.joined(separator: "\n")
    }
}
