import Foundation
import ResumeKit
import XCTest

final class StarterFilesTests: XCTestCase {
    func testWritesTheStarterAndTheSchemaBesideIt() throws {
        let folder = try makeTemporaryFolder()
        let path = folder.appendingPathComponent("cv.yaml").path
        let starter = StarterFiles(resume: path)
        XCTAssertEqual(starter.schema, folder.appendingPathComponent(ResumeSchema.fileName).path)
        XCTAssertTrue(try starter.write())
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), StarterResume.yaml)
        XCTAssertEqual(try String(contentsOfFile: starter.schema, encoding: .utf8), ResumeSchema.json)
        // The starter loads.
        XCTAssertNotNil(ResumeLoader.load(contentsOf: URL(fileURLWithPath: path)).resume)
    }

    func testKeepsAnExistingSchemaAndNeverOverwritesAResume() throws {
        let folder = try makeTemporaryFolder()
        let schema = folder.appendingPathComponent(ResumeSchema.fileName).path
        try "{}".write(toFile: schema, atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("mine.yaml").path
        XCTAssertFalse(try StarterFiles(resume: path).write())
        XCTAssertEqual(try String(contentsOfFile: schema, encoding: .utf8), "{}")

        try "basics: {name: Ada}\n".write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try StarterFiles(resume: path).write()) { error in
            guard let failure = error as? StarterFailure, case .exists = failure else { return XCTFail("\(error)") }
            XCTAssertTrue(failure.isInvalidInput)
            XCTAssertEqual(failure.description, "'\(path)' already exists; choose another name or remove it first")
        }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "basics: {name: Ada}\n")
    }
}
