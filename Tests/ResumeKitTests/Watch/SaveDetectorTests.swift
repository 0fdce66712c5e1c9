import Foundation
import ResumeKit
import XCTest

final class SaveDetectorTests: XCTestCase {
    private let original = FileSnapshot(fileNumber: 7, size: 100, modified: Date(timeIntervalSince1970: 1000))

    func testAnUnchangedFileIsNoSave() {
        var detector = SaveDetector(current: original)
        XCTAssertFalse(detector.observe(original))
        XCTAssertFalse(detector.observe(original))
    }

    func testAChangeCountsOnceItHoldsStill() {
        var detector = SaveDetector(current: original)
        let edited = FileSnapshot(fileNumber: 7, size: 120, modified: Date(timeIntervalSince1970: 1001))
        XCTAssertFalse(detector.observe(edited), "the file may still be being written")
        XCTAssertTrue(detector.observe(edited))
        XCTAssertFalse(detector.observe(edited), "one save is reported once")
    }

    func testAFileStillGrowingWaits() {
        var detector = SaveDetector(current: original)
        for size in [110, 120, 130] as [UInt64] {
            XCTAssertFalse(detector.observe(FileSnapshot(fileNumber: 7, size: size, modified: original.modified)))
        }
        XCTAssertTrue(detector.observe(FileSnapshot(fileNumber: 7, size: 130, modified: original.modified)))
    }

    /// Editors that write a new file and rename it over the old one: for a moment there is no file,
    /// then one with another inode, perhaps with the same size and time.
    func testASaveByRenameIsSeen() {
        var detector = SaveDetector(current: original)
        XCTAssertFalse(detector.observe(nil))
        let renamed = FileSnapshot(fileNumber: 8, size: 100, modified: original.modified)
        XCTAssertFalse(detector.observe(renamed))
        XCTAssertTrue(detector.observe(renamed))
    }

    func testAFileThatAppearsIsASave() {
        var detector = SaveDetector(current: nil)
        XCTAssertFalse(detector.observe(nil))
        XCTAssertFalse(detector.observe(original))
        XCTAssertTrue(detector.observe(original))
    }

    func testSnapshotOfARealFile() throws {
        let folder = try makeTemporaryFolder()
        let file = folder.appendingPathComponent("cv.yaml")
        XCTAssertNil(FileSnapshot(path: file.path))
        try "basics: {name: Ada}\n".write(to: file, atomically: false, encoding: .utf8)
        let first = try XCTUnwrap(FileSnapshot(path: file.path))
        XCTAssertEqual(first.size, 20)
        XCTAssertEqual(FileSnapshot(path: file.path), first)
        try "basics: {name: Ada Lovelace}\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertNotEqual(FileSnapshot(path: file.path), first)
    }
}
