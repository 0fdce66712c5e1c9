import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes its result, decided once from the path the user named.
///
/// Every command writes through this one path, so the same rules hold everywhere: a regular file
/// is replaced in one step (a failed run never leaves a partial file) and keeps its mode, its
/// owner where the process may keep it, and the symbolic links that lead to it; a device, a FIFO
/// or an open descriptor (`-`, `/dev/stdout`, `/dev/null`) is written as it is, never replaced by
/// a file; and the input is never written over, whatever path names it.
public struct OutputDestination: Sendable, Equatable {
    /// What the named path turned out to be.
    public enum Kind: Sendable, Equatable {
        /// An open descriptor: standard output for `-` or no path, or `/dev/stdout`, `/dev/fd/N`.
        case descriptor(Int32)
        /// A device or FIFO, opened and written as it is.
        case special(path: String)
        /// A regular file, existing or to be created, at its path after following symbolic links.
        case regularFile(path: String, exists: Bool)
    }

    /// The path as the user gave it, for messages; nil for standard output.
    public let named: String?
    public let kind: Kind

    /// Standard output.
    public static let standardOutput = OutputDestination(named: nil, kind: .descriptor(STDOUT_FILENO))

    private init(named: String?, kind: Kind) {
        self.named = named
        self.kind = kind
    }

    /// The destination `path` names (standard output for nil or `-`), following symbolic links;
    /// throws when it cannot be written: a folder, a missing folder, a loop of links, a name that
    /// is not UTF-8.
    public init(path: String?) throws {
        guard let path, path != "-" else {
            self = .standardOutput
            return
        }
        // Written to the name shown, the file would not be the one named: refused, never guessed.
        guard !ForeignFileNames.isForeign(path) else {
            throw OutputProblem(named: path, reason: .system(SystemFailure(code: EINVAL, "its name is not UTF-8 text; name the output with a UTF-8 name")))
        }
        named = path
        kind = try Self.resolve(path)
    }

    /// Whether writing replaces a regular file that is already there.
    package var replacesExistingFile: Bool {
        if case .regularFile(_, exists: true) = kind { return true }
        return false
    }

    /// Whether the regular file that writing would replace holds what `test` accepts; read up to
    /// `limit` bytes only, so a huge file named by mistake is not read whole (it fails the test).
    package func existingFileHolds(upTo limit: Int = 4 << 20, _ test: (Data) -> Bool) -> Bool {
        guard case .regularFile(let path, exists: true) = kind,
              case .bytes(let data)? = try? BoundedFile.contents(of: path, limit: limit)
        else { return false }
        return test(data)
    }

    /// Throws when the destination is the file at `input`, by identity rather than by name: a
    /// symbolic link, a hard link or a bind mount of the input is refused too.
    public func refuseToOverwrite(input: String) throws {
        guard case .regularFile(let path, exists: true) = kind,
              let output = FileIdentity(path: path), let source = FileIdentity(path: input), output == source
        else { return }
        throw OutputProblem(named: named, reason: .isTheInput(input))
    }

    /// For results a command creates rather than updates: refuses to replace a regular file unless
    /// `force` is given or `isReplaceable` says the file holds what the command wrote.
    public func refuseToReplace(force: Bool, unless isReplaceable: (Data) -> Bool = { _ in false }) throws {
        guard !force, replacesExistingFile, let named, !existingFileHolds(isReplaceable) else { return }
        throw OutputProblem(named: named, reason: .exists)
    }

    /// Writes `data` in one step or not at all (for a regular file), or as it comes (for a
    /// descriptor or a special file).
    public func write(_ data: Data) throws {
        do {
            switch kind {
            case .descriptor(let descriptor):
                try DescriptorWriting.writeAll(data, to: descriptor)
            case .special(let path):
                try Self.writeSpecial(data, to: path)
            case .regularFile(let path, _):
                try FileReplacement(path: path).replace(with: data)
            }
        } catch let failure as SystemFailure {
            throw OutputProblem(named: named, reason: .system(failure))
        }
    }

    public func write(_ text: String) throws {
        try write(Data(text.utf8))
    }
}

/// Why output could not be written, as a sentence naming the destination.
public struct OutputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case isADirectory
        case noSuchFolder(String)
        case tooManyLinks
        case isTheInput(String)
        /// A file is there that is not to be replaced without being asked (`--force`).
        case exists
        case system(SystemFailure)
    }

    /// The path as the user gave it; nil for standard output.
    public let named: String?
    public let reason: Reason

    package init(named: String?, reason: Reason) {
        self.named = named
        self.reason = reason
    }

    /// The path as named, or "standard output".
    var shownName: String {
        guard let named else { return "standard output" }
        return "'\(named)'"
    }

    public var description: String {
        switch reason {
        case .isADirectory: "cannot write \(shownName): it is a directory"
        case .noSuchFolder(let folder): "cannot write \(shownName): no such directory '\(folder)'"
        case .tooManyLinks: "cannot write \(shownName): too many levels of symbolic links"
        case .isTheInput(let input):
            "refusing to write the output over the input file '\(input)'"
                + (named.map { Self.samePath($0, input) } ?? true ? "" : " (\(shownName) is the same file)")
        case .exists: "\(shownName) already exists; add --force to replace it"
        case .system(let failure): "cannot write \(shownName): \(failure.message)"
        }
    }

    private static func samePath(_ one: String, _ other: String) -> Bool {
        URL(fileURLWithPath: one).standardizedFileURL.path == URL(fileURLWithPath: other).standardizedFileURL.path
    }

    /// Whether the fault is in what the user asked for (exit 2) rather than in writing (exit 1).
    public var isInvalidRequest: Bool {
        switch reason {
        case .isTheInput, .exists: true
        case .isADirectory, .noSuchFolder, .tooManyLinks, .system: false
        }
    }
}

/// A failed system call, with the C library's words for its `errno`.
public struct SystemFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: Int32
    /// `No space left on device`, or what was being done when that is clearer.
    public let message: String

    package init(code: Int32 = errno, _ message: String? = nil) {
        self.code = code
        self.message = message ?? Self.describe(code)
    }

    public var description: String { message }

    static func describe(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case EBADF: "it is closed"
        default: String(cString: strerror(code)).lowercasedFirstLetter
        }
    }
}

/// The device and inode of a file, which name it whatever path leads to it.
struct FileIdentity: Equatable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file at `path` after following links; nil when there is none.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}

/// Writing whole buffers to descriptors, retrying interrupted and short writes.
public enum DescriptorWriting {
    /// Writes every byte of `data` to `descriptor`, or throws the first error.
    public static func writeAll(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard var next = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let written = write(descriptor, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SystemFailure()
                }
                left -= written
                next += written
            }
        }
    }
}

private extension OutputDestination {
    /// Follows `path` through symbolic links to what it names.
    static func resolve(_ path: String) throws -> Kind {
        if let descriptor = namedDescriptor(path) { return .descriptor(descriptor) }
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0 else {
                let code = errno
                guard code == ENOENT else { throw problem(path, .system(SystemFailure(code: code))) }
                let folder = (current as NSString).deletingLastPathComponent
                guard isFolder(folder.isEmpty ? "." : folder) else { throw problem(path, .noSuchFolder(folder)) }
                return .regularFile(path: current, exists: false)
            }
            switch status.st_mode & S_IFMT {
            case S_IFLNK:
                current = try linkTarget(of: current, named: path)
            case S_IFDIR:
                throw problem(path, .isADirectory)
            case S_IFREG:
                return .regularFile(path: current, exists: true)
            default:
                return .special(path: current)
            }
        }
        throw problem(path, .tooManyLinks)
    }

    /// The descriptor a path such as `/dev/stdout` or `/dev/fd/3` stands for: writing there means
    /// writing to what the descriptor is open on, which may be a pipe or a file opened to append.
    static func namedDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// Where the symbolic link at `link` points, as a path from the current folder.
    static func linkTarget(of link: String, named path: String) throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(link, &buffer, buffer.count - 1)
        guard length >= 0 else { throw problem(path, .system(SystemFailure())) }
        let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if target.hasPrefix("/") { return target }
        return ((link as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
    }

    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    static func problem(_ path: String, _ reason: OutputProblem.Reason) -> OutputProblem {
        OutputProblem(named: path, reason: reason)
    }

    static func writeSpecial(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemFailure() }
        defer { close(descriptor) }
        try DescriptorWriting.writeAll(data, to: descriptor)
    }
}

/// Replaces a regular file in one step: the bytes go to a hidden file beside it, which takes the
/// old file's permissions (and owner, when allowed) and is then renamed over it.
private struct FileReplacement {
    let path: String

    func replace(with data: Data) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.\(name).resume-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw SystemFailure() }
        let temporary = String(cString: template)
        var renamed = false
        defer {
            if !renamed { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            try DescriptorWriting.writeAll(data, to: descriptor)
            try keepAttributes(on: descriptor)
            guard fsync(descriptor) == 0 else { throw SystemFailure() }
        }
        guard rename(temporary, path) == 0 else { throw SystemFailure() }
        renamed = true
    }

    /// The permissions (and owner) of the file replaced; a new file's are what `umask` allows.
    private func keepAttributes(on descriptor: Int32) throws {
        var old = stat()
        guard stat(path, &old) == 0 else {
            let mask = umask(0)
            umask(mask)
            guard fchmod(descriptor, 0o666 & ~mask) == 0 else { throw SystemFailure() }
            return
        }
        // The owner first: changing it may clear the permission bits just set.
        if old.st_uid != geteuid() || old.st_gid != getegid() {
            _ = fchown(descriptor, old.st_uid, old.st_gid)
        }
        guard fchmod(descriptor, old.st_mode & 0o777) == 0 else { throw SystemFailure() }
    }
}

private extension String {
    var lowercasedFirstLetter: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
