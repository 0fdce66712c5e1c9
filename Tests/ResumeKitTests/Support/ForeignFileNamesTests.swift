import Foundation
@testable import ResumeKit
import XCTest

final class ForeignFileNamesTests: XCTestCase {
    func testUTF8NamesAreNotForeign() {
        XCTAssertNil(ForeignFileNames.shownName(Array("이력서 Été.yaml".utf8)))
        XCTAssertEqual(ForeignFileNames.register(Array("cv.yaml".utf8)), "cv.yaml")
        XCTAssertFalse(ForeignFileNames.isForeign("cv.yaml"))
    }

    /// Valid sequences stay text around the bytes written `\xHH`, including a sequence cut short.
    func testOtherBytesAreWrittenAsHex() {
        XCTAssertEqual(ForeignFileNames.shownName([0x63, 0x76, 0xFF] + Array(".yaml".utf8)), #"cv\xFF.yaml"#)
        XCTAssertEqual(ForeignFileNames.shownName(Array("é".utf8) + [0xE4, 0x2D] + Array("한".utf8)), #"é\xE4-한"#)
        XCTAssertEqual(ForeignFileNames.shownName([0xED, 0xA0, 0x80]), #"\xED\xA0\x80"#, "a UTF-16 surrogate is not text")
    }

    /// The shown name reads the file by its bytes, relative or absolute.
    func testARegisteredNameOpensItsBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let bytes = Array(folder.path.utf8) + Array("/cv".utf8) + [0xE9] + Array(".yaml".utf8)
        let descriptor = (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o600) }
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        XCTAssertEqual(write(descriptor, "basics: {name: Ada}\n", 20), 20)
        close(descriptor)

        let shown = ForeignFileNames.register(bytes)
        XCTAssertEqual(shown, folder.path + #"/cv\xE9.yaml"#)
        XCTAssertTrue(ForeignFileNames.isForeign(shown))
        let loaded = ResumeLoader.load(contentsOf: URL(fileURLWithPath: shown), displayName: shown)
        XCTAssertEqual(loaded.resume?.basics.name, "Ada", "\(loaded.diagnostics)")
        XCTAssertEqual(ForeignFileNames.entries(ofDirectory: folder.path), [Array("cv".utf8) + [0xE9] + Array(".yaml".utf8)])
    }
}
