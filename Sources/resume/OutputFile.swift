import Foundation

/// Writes a command's result: to standard output, or to a file replaced in one step so that a
/// failed run never leaves a partial file, and never onto the input file.
struct OutputFile {
    /// The path given with `-o`, or nil for standard output.
    var path: String?

    func refuseToOverwrite(input: String) throws {
        guard let path else { return }
        if Self.canonical(path) == Self.canonical(input) {
            throw CommandFailure.invalidInput("refusing to write the output over the input file '\(input)'")
        }
    }

    func write(_ text: String) throws {
        try write(Data(text.utf8))
    }

    /// Writes bytes, such as a PDF, in one step or not at all.
    func write(_ data: Data) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure.outputFailure("cannot write '\(path)': \(Self.reason(for: error, path: path))")
        }
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func reason(for error: Error, path: String) -> String {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            return "no such directory '\(directory)'"
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "it is a directory"
        }
        return "permission denied"
    }
}
