import Foundation
import TestSupport
import XCTest

extension XCTestCase {
    /// Fails unless `script` (run by the pinned Python environment, which has fontTools) writes
    /// exactly the committed `file`; skips where the script exits 3, saying that a font or tool it
    /// reads is not installed.
    func assertGeneratedFileIsUpToDate(script: String, file: String, line: UInt = #line) throws {
        let generated = try PythonEnvironment.run([Repository.root.appendingPathComponent(script).path, "-"], timeout: 300)
        if generated.status == 3 {
            try RequiredTool.unavailable("\(file) cannot be generated here: \(generated.stderr)")
        }
        XCTAssertEqual(generated.status, 0, generated.stderr, line: line)
        let committed = try String(contentsOf: Repository.root.appendingPathComponent(file), encoding: .utf8)
        XCTAssertTrue(generated.stdout == committed, "\(file) is stale: run \(script)", line: line)
    }
}
