// Test support is built only where XCTest is: a plain `swift build -c release` builds every
// target of the package, and XCTest is there only for tests.
#if canImport(XCTest)
import Foundation

/// Folders and files of the repository, found from this file's path so that tests run from any
/// working directory.
public enum Repository {
    /// The package's root folder.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `examples/`
    public static let examplesFolder = root.appendingPathComponent("examples")

    /// The examples the repository ships, by name: every test that walks "all the examples" walks
    /// these, and `ExamplesTests` checks that the folder holds exactly them — a loop over the
    /// examples can never run zero times because a folder could not be read.
    public static let exampleNames = ["cv.yaml", "ko.yaml", "minimal.yaml"]

    /// The examples' files, in the order of `exampleNames`.
    public static var examples: [URL] { exampleNames.map(example) }

    /// The file of the example `name` (`cv.yaml`).
    public static func example(_ name: String) -> URL {
        examplesFolder.appendingPathComponent(name)
    }
}
#endif
