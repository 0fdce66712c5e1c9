import Foundation
import XCTest

/// The committed `EnglishPatterns.generated.swift` must be what `scripts/generate-hyphenation`
/// writes from the installed TeX Live.
final class EnglishPatternsGenerationTests: XCTestCase {
    func testGeneratedPatternsAreUpToDate() throws {
        try requireTool("kpsewhich", arguments: ["hyphen.tex"])
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let generated = try run(
            "/usr/bin/env", arguments: ["python3", root.appendingPathComponent("scripts/generate-hyphenation").path, "--stdout"])
        let committed = try String(
            contentsOf: root.appendingPathComponent("Sources/ResumeKit/Fit/Hyphenation/EnglishPatterns.generated.swift"),
            encoding: .utf8)
        XCTAssertEqual(generated.status, 0, generated.output)
        XCTAssertTrue(generated.output == committed, "run scripts/generate-hyphenation to update the patterns")
    }
}

private extension EnglishPatternsGenerationTests {
    /// Skips the test when `tool` fails (a failure under `CI=true`, where TeX Live must be installed).
    func requireTool(_ tool: String, arguments: [String]) throws {
        let result = try? run("/usr/bin/env", arguments: [tool] + arguments)
        guard result?.status != 0 else { return }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("\(tool) \(arguments.joined(separator: " ")) must work under CI (install TeX Live)")
        }
        throw XCTSkip("\(tool) cannot find \(arguments.joined(separator: " "))")
    }

    func run(_ executable: String, arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
