import Foundation

/// Folders of the repository, found from this file's path so tests run from any working directory.
enum TestPaths {
    /// `Tests/ResumeKitTests`
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let golden = testsFolder.appendingPathComponent("Golden")
    static let examples = repository.appendingPathComponent("examples")
    static let themes = repository.appendingPathComponent("themes")

    /// The `examples/*.yaml` files, sorted by name.
    static var exampleFiles: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { examples.appendingPathComponent($0) }
    }
}
