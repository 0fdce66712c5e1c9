import Foundation
import XCTest

/// Runs a real TeX engine for tests that compare against the truth. Without the engine the test
/// is skipped, except under `CI=true`, where a missing engine fails the test.
struct TeXRunner {
    var engine = "pdflatex"

    /// The path of the engine, or a skip (a failure under CI) when it is not installed.
    func requireEngine(file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
            .split(separator: ":").map { "\($0)/\(engine)" }
        if let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return path
        }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("\(engine) is required under CI (install texlive-latex-base)", file: file, line: line)
        }
        throw XCTSkip("\(engine) is not installed")
    }

    /// Compiles `source` in a fresh temporary folder and returns the log.
    func compile(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let enginePath = try requireEngine(file: file, line: line)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try source.write(to: directory.appendingPathComponent("test.tex"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: enginePath)
        process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "test.tex"]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let log = (try? String(contentsOf: directory.appendingPathComponent("test.log"), encoding: .utf8))
            ?? String(decoding: (try? Data(contentsOf: directory.appendingPathComponent("test.log"))) ?? Data(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            XCTFail("\(engine) failed:\n\(log.suffix(2000))", file: file, line: line)
            return log
        }
        return log
    }

    /// Values written by `\typeout{KEY:id:value}`, joined across the log's 79-column wrapping.
    static func values(in log: String, key: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in log.split(separator: "\n") where line.hasPrefix("\(key):") {
            let parts = line.dropFirst(key.count + 1).split(separator: ":", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }
}
