import Foundation
import TestSupport
import XCTest

/// The tests walk the examples by name (`Repository.exampleNames`); this checks that the names are
/// exactly the files in `examples/`, so that a new example is walked too and a missing one fails.
final class ExamplesTests: XCTestCase {
    func testTheExamplesFolderHoldsExactlyTheNamedExamples() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.examplesFolder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        XCTAssertEqual(files.sorted(), Repository.exampleNames.sorted(), "add a new example to Repository.exampleNames")
        XCTAssertEqual(Repository.examples.map(\.lastPathComponent), ["cv.yaml", "ko.yaml", "minimal.yaml"])
    }
}
