import Foundation
import TestSupport
import XCTest

final class RequiredToolTests: FailureRecordingTestCase {
    private var savedCI: String?

    override func setUp() {
        savedCI = ProcessInfo.processInfo.environment["CI"]
    }

    override func tearDown() {
        if let savedCI { setenv("CI", savedCI, 1) } else { unsetenv("CI") }
    }

    func testAMissingToolSkipsOutsideCI() {
        unsetenv("CI")
        XCTAssertEqual(try RequiredTool.path(of: "sh"), ProcessRunner.find("sh"))
        let (failures, error) = failures { try RequiredTool.path(of: "resume-tests-no-such-tool", installedBy: "nothing") }
        XCTAssertEqual(failures, [])
        XCTAssertTrue(error is XCTSkip, "\(String(describing: error))")
    }

    /// Exactly `CI=true` makes a missing tool a failure; any other value is not CI.
    func testUnderCITrueAMissingToolFails() {
        setenv("CI", "1", 1)
        XCTAssertTrue(failures { try RequiredTool.path(of: "resume-tests-no-such-tool") }.error is XCTSkip)
        setenv("CI", "true", 1)
        let (failures, error) = failures { try RequiredTool.path(of: "resume-tests-no-such-tool", installedBy: "nothing") }
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(
            failures.first?.contains("resume-tests-no-such-tool is not installed (install nothing), and CI=true requires every test to run") ?? false,
            "\(failures)")
        XCTAssertTrue(error is RequiredTool.Missing, "\(String(describing: error))")
    }
}
