@testable import ResumeKit
import TestSupport
import XCTest

final class ValuePathTests: XCTestCase {
    func testPrintsAsTheLoaderRecordsPaths() {
        XCTAssertEqual(ValuePath("work", index: 0).field("highlights").item(2).description, "work[0].highlights[2]")
        XCTAssertEqual(ValuePath("basics", field: "profiles", item: 1, key: "url").description, "basics.profiles[1].url")
        XCTAssertEqual(ValuePath("meta", field: "layout", key: "fontSize").description, "meta.layout.fontSize")
        XCTAssertEqual(ValuePath("skills").description, "skills")
    }

    func testParsesPrintedPathsIntoTheirParts() {
        XCTAssertEqual(ValuePath(parsing: "work[3].highlights[12]"), ValuePath("work", index: 3, field: "highlights", item: 12))
        XCTAssertEqual(ValuePath(parsing: "basics.profiles[0].url"), ValuePath("basics", field: "profiles", item: 0, key: "url"))
        XCTAssertEqual(ValuePath(parsing: "education[1]").section, .education)
        // A text of another shape is kept whole, so it still prints as it was written.
        XCTAssertEqual(ValuePath(parsing: "a[x].b"), ValuePath("a[x].b"))
    }

    /// Every path the loader records for the examples parses into parts that print it back.
    func testEveryRecordedPathRoundTrips() throws {
        var count = 0
        for example in Repository.examples {
            let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: example).resume, example.lastPathComponent)
            for path in resume.sourceMap.paths {
                let parsed = ValuePath(parsing: path)
                XCTAssertEqual(parsed.description, path)
                // Split into parts, not kept whole: the root holds no separator.
                XCTAssertFalse(parsed.root.contains { $0 == "." || $0 == "[" }, path)
                XCTAssertEqual(resume.sourceMap[parsed], resume.sourceMap[path], path)
                count += 1
            }
        }
        XCTAssertGreaterThan(count, 100)
    }
}
