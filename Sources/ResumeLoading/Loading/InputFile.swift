import Foundation
import ResumeModel
import ResumeSupport

/// Reads the bytes of a file to load, refusing what cannot be a résumé before reading it: a
/// missing file, a directory, a device or pipe (which may never end), or a file over the size
/// limit, so that no input can take unbounded time or memory just to be read.
enum InputFile {
    /// The largest file loaded, in bytes. A 30-page academic CV is about 140 KB; the limit leaves
    /// room for ten thousand entries and keeps a mistaken input (a log, a data set) quick to refuse.
    static let sizeLimit = 4 << 20

    /// Why a file was not read: the error to report, at the top of the file.
    struct Refusal: Error {
        var diagnostic: Diagnostic
    }

    /// The file's bytes; `kind` names what the file should be, for the message about a
    /// directory: `a YAML file`.
    static func read(_ url: URL, displayName: String, kind: String) throws(Refusal) -> Data {
        let start = SourceLocation(file: displayName, line: 1, column: 1)
        func refused(_ reason: String) -> Refusal {
            Refusal(diagnostic: Diagnostic(.error, at: start, "cannot read file: \(reason)"))
        }
        var status = stat()
        guard ForeignFileNames.withFileSystemPath(url.path, { stat($0, &status) }) == 0 else {  // follows symbolic links, as reading does
            throw refused(errno == ENOENT || errno == ENOTDIR ? "no such file" : "permission denied")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw refused("it is a directory, not \(kind)")
        case S_IFREG: break
        default: throw refused("it is not a regular file (a device, pipe or socket)")
        }
        let size = Int(status.st_size)
        if size > sizeLimit { throw Refusal(diagnostic: tooLarge(byteCount: size, file: displayName)) }
        // Read with the limit too: a file may grow while it is read, and files such as those
        // under /proc claim to be empty and never end.
        switch try? BoundedFile.contents(of: url.path, limit: sizeLimit) {
        case .bytes(let data)?: return data
        case .tooLarge?: throw Refusal(diagnostic: tooLarge(byteCount: nil, file: displayName))
        case nil: throw refused("permission denied")
        }
    }

    /// What standard input holds until its end, read with the same limit as a file.
    static func readStandardInput() throws(Refusal) -> Data {
        let start = SourceLocation(file: StandardInput.displayName, line: 1, column: 1)
        switch try? BoundedFile.contents(ofDescriptor: STDIN_FILENO, limit: sizeLimit) {
        case .bytes(let data)?: return data
        case .tooLarge?: throw Refusal(diagnostic: tooLarge(byteCount: nil, file: StandardInput.displayName))
        case nil: throw Refusal(diagnostic: Diagnostic(.error, at: start, "cannot read standard input"))
        }
    }

    /// The error for input over the size limit, at the top of the file; `byteCount` is nil when
    /// reading stopped at the limit.
    static func tooLarge(byteCount: Int?, file: String) -> Diagnostic {
        let size = byteCount.map { String(format: "%.1f MB; ", Double($0) / Double(1 << 20)) } ?? ""
        return Diagnostic(
            .error, at: SourceLocation(file: file, line: 1, column: 1),
            "file is larger than a résumé can be (\(size)at most \(sizeLimit >> 20) MB)")
    }
}

/// Standard input as a résumé: `-` on the command line, reported as `<stdin>`, so that an editor
/// or a pipe can hand `resume lint` the text it has. Relative paths in it (`meta.theme: ./mine`)
/// and the lint configuration are looked for from the current folder.
public enum StandardInput {
    /// The path that stands for standard input.
    public static let path = "-"
    /// The name its findings carry.
    public static let displayName = "<stdin>"

    /// The name a path's findings carry: `<stdin>` for `-`, else the path.
    public static func name(of path: String) -> String {
        path == self.path ? displayName : path
    }
}
