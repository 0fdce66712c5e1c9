import Foundation
import TestSupport
import XCTest

final class ProcessRunnerTests: FailureRecordingTestCase {
    /// A megabyte on each stream, written in turns: reading one to its end before the other would
    /// wait forever once the other pipe's 64 KiB buffer is full.
    func testReadsBothStreamsAtOnceAtAnySize() throws {
        let script = "i=0; while [ $i -lt 16 ]; do head -c 65536 /dev/zero | tr '\\0' e >&2; head -c 65536 /dev/zero | tr '\\0' o; i=$((i+1)); done"
        let result = try ProcessRunner.run("/bin/sh", ["-c", script], timeout: 60)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.standardOutput, Data(repeating: UInt8(ascii: "o"), count: 1 << 20))
        XCTAssertEqual(result.standardError, Data(repeating: UInt8(ascii: "e"), count: 1 << 20))
    }

    func testStandardInputEnvironmentAndFolder() throws {
        let input = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0) })
        XCTAssertEqual(try ProcessRunner.run("cat", input: input).standardOutput, input)
        XCTAssertEqual(try ProcessRunner.run("cat").standardOutput, Data(), "no input is /dev/null")

        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
        let result = try ProcessRunner.run(
            "/bin/sh", ["-c", #"printf '%s|%s|%s' "$ADDED" "${HOME-removed}" "$(pwd)""#], in: folder,
            environment: ["ADDED": "a b", "HOME": nil])
        XCTAssertEqual(result.stdout, "a b|removed|\(folder.path)")
    }

    func testMergedStreamsKeepTheirOrderAndSignalsAreReported() throws {
        let merged = try ProcessRunner.run("/bin/sh", ["-c", "echo a; echo b >&2; echo c"], mergingStandardError: true)
        XCTAssertEqual(merged.output, "a\nb\nc\n")
        XCTAssertEqual(merged.standardError, Data())

        let exited = try ProcessRunner.run("/bin/sh", ["-c", "exit 3"])
        XCTAssertEqual(exited.status, 3)
        XCTAssertNil(exited.signal)
        let killed = try ProcessRunner.run("/bin/sh", ["-c", "kill -TERM $$"])
        XCTAssertEqual(killed.signal, SIGTERM)
        XCTAssertEqual(killed.status, 128 + SIGTERM)
    }

    func testAMissingProgramIsAnError() {
        XCTAssertThrowsError(try ProcessRunner.run("resume-tests-no-such-program")) { error in
            XCTAssertEqual("\(error)", "resume-tests-no-such-program: not found on the PATH")
        }
    }

    /// A program past its deadline is stopped with what it started, even when it ignores SIGTERM,
    /// and the test fails naming it.
    func testAHangIsStoppedWithItsProcessGroupAndFailsNamingTheCommand() throws {
        let marker = "resume-test-hang-\(UUID().uuidString)"
        let script = "trap '' TERM; sh -c 'trap \"\" TERM; sleep 120; : \(marker)' & echo started; sleep 120"
        let started = Date()
        let (failures, error) = failures {
            _ = try ProcessRunner.run("/bin/sh", ["-c", script], timeout: 1)
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertNotNil(error)
        XCTAssertEqual(failures.count, 1, "\(failures)")
        let failure = try XCTUnwrap(failures.first)
        XCTAssertTrue(failure.contains("/bin/sh -c 'trap '\\'''\\'' TERM;"), failure)
        XCTAssertTrue(failure.contains("did not finish within 1 s; it was stopped"), failure)
        XCTAssertTrue(failure.hasSuffix("standard output:\nstarted\n"), failure)
        let survivors = try ProcessRunner.run("pgrep", ["-f", marker])
        XCTAssertEqual(survivors.status, 1, "nothing of the run is left: \(survivors.stdout)")
    }

    func testARunningProgramCanBeWatchedAndSignalled() throws {
        let process = try ProcessRunner.start("/bin/sh", ["-c", "trap 'echo interrupted; exit 7' INT; echo ready; while :; do sleep 0.1; done"])
        try process.waitForStandardOutput(timeout: 30) { $0.contains("ready") }
        XCTAssertTrue(process.isRunning)
        process.send(SIGINT)
        let result = try process.wait(timeout: 30)
        XCTAssertEqual(result.status, 7)
        XCTAssertEqual(result.stdout, "ready\ninterrupted\n")

        let (failures, error) = failures {
            let quiet = try ProcessRunner.start("/bin/sh", ["-c", "echo nothing"])
            try quiet.waitForStandardOutput(timeout: 30) { $0.contains("never") }
        }
        XCTAssertNotNil(error)
        XCTAssertTrue(failures.first?.contains("the output awaited did not come (it ended first)") ?? false, "\(failures)")
    }

    func testADeadlineStopsWaitingForHungWork() throws {
        XCTAssertEqual(try withDeadline(10, "quick work") { 42 }, 42)
        let (failures, error) = failures {
            _ = try withDeadline(0.2, "work that sleeps") { sleep(3) }
        }
        XCTAssertNotNil(error)
        XCTAssertEqual(failures.count, 1)
        XCTAssertTrue(failures.first?.contains("work that sleeps did not finish within 0.2 s") ?? false, "\(failures)")
    }
}
