import Foundation
import ResumeKit
import TestSupport
import XCTest

/// Runs a real TeX engine on a document in a fresh temporary folder, for the tests that check
/// against TeX itself; the folder goes away with the compile's output.
///
/// A missing program skips the test, except under `CI=true`, where it fails (`RequiredTool`).
struct TeXRunner {
    let engine: TeXEngine
    /// Whether the engine stops at the first error. `\showbox` reports itself as an error
    /// (`! OK.`), so documents that show boxes turn this off.
    var haltOnError = true
    /// More command-line options, such as `-draftmode`.
    var options: [String] = []
    /// Environment variables to set for the engine, such as `max_print_line`.
    var environment: [String: String] = [:]

    /// Compiles `source` as `document.tex` with `-interaction=nonstopmode -halt-on-error -no-shell-escape`
    /// (no `-halt-on-error` when `haltOnError` is off).
    func compile(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws -> Output {
        let executable = try RequiredTool.path(of: engine.rawValue, file: file, line: line)
        let output = try Output(engine: engine)
        try source.write(to: output.folder.appendingPathComponent("document.tex"), atomically: true, encoding: .utf8)
        let arguments = ["-interaction=nonstopmode"] + (haltOnError ? ["-halt-on-error"] : []) + ["-no-shell-escape"]
        output.status = try ProcessRunner.run(
            executable, arguments + options + ["document.tex"], in: output.folder, environment: environment, file: file,
            line: line
        ).status
        output.logData = (try? Data(contentsOf: output.folder.appendingPathComponent("document.log"))) ?? Data()
        return output
    }

    /// What one compile left: the log, the PDF and its text. Removes its folder when released.
    final class Output {
        let engine: TeXEngine
        let folder: URL
        fileprivate(set) var status: Int32 = 0
        /// The log's bytes, for tests that read it one byte per character.
        fileprivate(set) var logData = Data()

        fileprivate init(engine: TeXEngine) throws {
            self.engine = engine
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-tex-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }

        deinit {
            try? FileManager.default.removeItem(at: folder)
        }

        var pdf: URL { folder.appendingPathComponent("document.pdf") }

        /// The log as UTF-8 text, or as Latin-1 when it is not valid UTF-8.
        var log: String {
            String(data: logData, encoding: .utf8) ?? String(data: logData, encoding: .isoLatin1) ?? ""
        }

        /// Log lines that show errors or overfull boxes.
        var problems: [String] {
            log.components(separatedBy: "\n").filter {
                $0.hasPrefix("!") || $0.contains("Overfull \\hbox") || $0.contains("Overfull \\vbox")
                    || $0.contains("LaTeX Error")
            }
        }

        /// The PDF's text, extracted with pdftotext (a required tool).
        func text(file: StaticString = #filePath, line: UInt = #line) throws -> String {
            let pdftotext = try RequiredTool.path(of: "pdftotext", installedBy: "poppler-utils", file: file, line: line)
            return try ProcessRunner.run(pdftotext, ["-enc", "UTF-8", pdf.path, "-"], in: folder, file: file, line: line).stdout
        }

        /// Fails the test with the end of the log when the engine did not finish cleanly.
        @discardableResult
        func assertSucceeded(file: StaticString = #filePath, line: UInt = #line) -> Bool {
            guard status != 0 else { return true }
            XCTFail("\(engine.rawValue) failed:\n\(log.suffix(2000))", file: file, line: line)
            return false
        }
    }

    /// Values written by `\typeout{KEY:id:value}`, by id.
    static func typeoutValues(in log: String, key: String) -> [String: String] {
        var values: [String: String] = [:]
        for line in log.split(separator: "\n") where line.hasPrefix("\(key):") {
            let parts = line.dropFirst(key.count + 1).split(separator: ":", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }
}
