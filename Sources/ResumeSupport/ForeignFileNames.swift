import Foundation

/// File names whose bytes are not UTF-8 text — a Latin-1 `cv\xFF.yaml` from an old archive — by the
/// name they are shown with.
///
/// A Swift string holds only Unicode, and Swift repairs such bytes into U+FFFD, which names a file
/// that does not exist. So each such name is shown with its other bytes written `\xFF`, that shown
/// name is registered here with the real bytes, and the one input reader (`InputFile`) opens the
/// bytes. Messages, reports and the PDF's job name all use the shown name. Names are registered
/// from the command line (`register(argument:)`) and from folders a command lists.
public enum ForeignFileNames {
    /// The name with every byte outside UTF-8 written `\xHH`; nil when the bytes are UTF-8 text.
    package static func shownName(_ bytes: [UInt8]) -> String? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var shown = ""
        var index = 0
        while index < bytes.count {
            // The longest valid UTF-8 sequence at `index` is kept as text; any other byte is escaped.
            if let (scalar, length) = scalar(in: bytes, at: index) {
                shown.unicodeScalars.append(scalar)
                index += length
            } else {
                shown += "\\x" + String(bytes[index], radix: 16, uppercase: true)
                index += 1
            }
        }
        return shown
    }

    /// Registers `bytes`, a path as given (relative to the working directory, which no command
    /// changes), and returns the name to use for it: the bytes' text when they are UTF-8.
    @discardableResult
    public static func register(_ bytes: [UInt8]) -> String {
        guard let shown = shownName(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        lock.lock()
        defer { lock.unlock() }
        registered[key(shown)] = bytes
        return shown
    }

    /// Whether `path` is the shown name of a registered file name.
    package static func isForeign(_ path: String) -> Bool {
        bytes(of: path) != nil
    }

    /// Calls `body` with the C string to give the system for `path`: the registered bytes when
    /// `path` is a shown name, otherwise the path's UTF-8.
    package static func withFileSystemPath<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        guard let bytes = bytes(of: path) else { return try path.withCString(body) }
        return try (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The bytes the system knows `path` by: the registered bytes of a shown name, else its UTF-8.
    package static func fileSystemBytes(of path: String) -> [UInt8] {
        bytes(of: path) ?? Array(path.utf8)
    }

    /// The names in the directory at `path`, as bytes, without `.` and `..`; nil when it cannot be read.
    package static func entries(ofDirectory path: String) -> [[UInt8]]? {
        guard let directory = withFileSystemPath(path, { opendir($0) }) else { return nil }
        defer { closedir(directory) }
        var names: [[UInt8]] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name != [0x2E] && name != [0x2E, 0x2E] { names.append(name) }
        }
        return names
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var registered: [String: [UInt8]] = [:]

    private static func bytes(of path: String) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        return registered.isEmpty ? nil : registered[key(path)]
    }

    /// Relative and absolute spellings of one path meet: `cv\xFF.yaml` and `/home/a/cv\xFF.yaml`.
    private static func key(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    private static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        for length in 1...4 where index + length <= bytes.count {
            if let text = String(validating: bytes[index..<index + length], as: UTF8.self), let scalar = text.unicodeScalars.first {
                return (scalar, length)
            }
        }
        return nil
    }
}
