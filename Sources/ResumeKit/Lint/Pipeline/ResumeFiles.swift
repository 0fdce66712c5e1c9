import Foundation

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
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                throw Problem(description: "\(path): cannot read the directory")
            }
            let folder = path == "." ? "" : path.hasSuffix("/") ? path : path + "/"
            let files = names
                .filter { !$0.hasPrefix(".") && ["yaml", "yml"].contains(($0 as NSString).pathExtension.lowercased()) }
                .map { folder + $0 }
                .filter { !isDirectory($0) }
                .sorted()
            guard !files.isEmpty else {
                throw Problem(description: "\(path): no .yaml or .yml files in the directory")
            }
            return files
        }
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
