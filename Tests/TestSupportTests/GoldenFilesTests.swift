import Foundation
import TestSupport
import XCTest

final class GoldenFilesTests: FailureRecordingTestCase {
    private var folder: URL!
    /// What `tearDown` expects the recording run's teardown to have reported.
    private var expectedRecordingReport: String?
    /// `RECORD_GOLDEN` as the test run has it, put back after each test.
    private var savedRecordGolden: String?

    override func setUpWithError() throws {
        savedRecordGolden = ProcessInfo.processInfo.environment["RECORD_GOLDEN"]
        unsetenv("RECORD_GOLDEN")
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("same\nbytes\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
    }

    override func tearDown() {
        if let expectedRecordingReport {
            XCTAssertEqual(recordedFailures, [expectedRecordingReport])
            expectingFailures = false
        }
        try? FileManager.default.removeItem(at: folder)
        if let savedRecordGolden { setenv("RECORD_GOLDEN", savedRecordGolden, 1) } else { unsetenv("RECORD_GOLDEN") }
    }

    func testComparesBytesAndNamesTheFirstDifferingLine() throws {
        try Data("caf\u{E9}".utf8).write(to: folder.appendingPathComponent("b.txt"))
        let golden = GoldenFiles(folder, for: self)
        golden.check("same\nbytes\n", against: "a.txt")
        let (failures, _) = failures {
            golden.check("same\nbytez\n", against: "a.txt")
            // Equal as Strings, but other bytes: e and a combining acute accent instead of é.
            golden.check("caf\u{65}\u{301}", against: "b.txt")
            golden.check("", against: "c.txt")
        }
        guard failures.count == 3 else { return XCTFail("\(failures)") }
        XCTAssertTrue(
            failures[0].hasPrefix("failed - output differs from a.txt: at line 2:\n  expected: \"bytes\"\n  actual:   \"bytez\"\n"),
            failures[0])
        XCTAssertTrue(failures[1].hasPrefix("failed - output differs from b.txt: at line 1:"), failures[1])
        XCTAssertTrue(failures[2].hasPrefix("failed - missing golden file c.txt in "), failures[2])
    }

    func testRecordingWritesTheFilesAndFailsTheRun() throws {
        setenv("RECORD_GOLDEN", "1", 1)
        let golden = GoldenFiles(folder, for: self)
        expectingFailures = true
        golden.check("same\nbytes\n", against: "a.txt")
        golden.check("new\n", against: "deeper/b.txt")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("deeper/b.txt")), Data("new\n".utf8))
        XCTAssertEqual(recordedFailures, [], "the failure comes as the test ends")
        expectedRecordingReport =
            "failed - recorded 2 golden files in \(folder.path) (changed: deeper/b.txt); review the diff and run again without RECORD_GOLDEN"
    }
}
