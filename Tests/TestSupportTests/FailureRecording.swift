import XCTest

/// A test case that can check the failures a helper reports: while `expectingFailures` is on,
/// failures are kept in `recordedFailures` instead of failing the test.
class FailureRecordingTestCase: XCTestCase {
    var expectingFailures = false
    var recordedFailures: [String] = []

    override func recordFailure(withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool) {
        if expectingFailures {
            recordedFailures.append(description)
        } else {
            super.recordFailure(withDescription: description, inFile: filePath, atLine: lineNumber, expected: expected)
        }
    }

    /// Runs `body` with failures recorded, and returns them.
    func failures(_ body: () throws -> Void) -> (failures: [String], error: Error?) {
        expectingFailures = true
        recordedFailures = []
        defer { expectingFailures = false }
        do {
            try body()
            return (recordedFailures, nil)
        } catch {
            return (recordedFailures, error)
        }
    }
}
