import Foundation
import XCTest

extension XCTestCase {
    /// A fresh folder, removed when the test ends.
    func makeTemporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-pdf-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// An executable shell script called `name` in `folder`, standing in for a TeX program.
    func makeFakeProgram(_ name: String, script: String = "exit 0", in folder: URL) throws {
        let file = folder.appendingPathComponent(name)
        try "#!/bin/sh\n\(script)\n".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
    }
}
