import Foundation
import ResumeSupport

/// The files a check covers: each path that is a file as given, each directory as the `.yaml` and
/// `.yml` files directly in it, skipping hidden ones, sorted by path.
public enum ResumeFiles {
    /// Why a directory stands for no files; the text names it.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func expand(_ paths: [String]) throws -> [String] {
        try paths.flatMap { path -> [String] in
            guard isDirectory(path) else { return [path] }
            guard let names = ForeignFileNames.entries(ofDirectory: path) else {
                throw Problem(description: "\(path): cannot read the directory")
            }
            let named = ForeignFileNames.fileSystemBytes(of: path)
            let folder = path == "." ? [] : named.last == UInt8(ascii: "/") ? named : named + [UInt8(ascii: "/")]
            let files = names
                .filter { $0.first != UInt8(ascii: ".") && hasResumeExtension($0) }
                .map { ForeignFileNames.register(folder + $0) }
                .filter { !isDirectory($0) }
                .sorted()
            guard !files.isEmpty else {
                throw Problem(description: "\(path): no .yaml or .yml files in the directory")
            }
            return files
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return ForeignFileNames.withFileSystemPath(path, { stat($0, &status) }) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// `.yaml` or `.yml`, in any case.
    private static func hasResumeExtension(_ name: [UInt8]) -> Bool {
        let lowered = name.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return lowered.count > 5 && lowered.suffix(5).elementsEqual(".yaml".utf8)
            || lowered.count > 4 && lowered.suffix(4).elementsEqual(".yml".utf8)
    }
}
