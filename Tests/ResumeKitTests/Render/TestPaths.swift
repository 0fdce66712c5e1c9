import Foundation
import TestSupport

/// Folders of the repository, found from this file's path so tests run from any working directory.
enum TestPaths {
    /// `Tests/ResumeKitTests`
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let repository = Repository.root
    static let golden = testsFolder.appendingPathComponent("Golden")
    static let examples = Repository.examplesFolder
    static let themes = repository.appendingPathComponent("themes")
}
