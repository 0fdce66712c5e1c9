import Foundation
import XCTest

/// Runs pdflatex or xelatex on a document in a temporary folder, for the compile tests.
///
/// When the engine is missing the test is skipped, except under `CI=true`, where it fails so the
/// compile tests always run in CI.
struct TeXCompiler {
    let engine: String

    struct Output {
        let pdf: URL
        let log: String
        let folder: URL

        /// The PDF's text, extracted with pdftotext when it is installed.
        func text() throws -> String? {
            guard let pdftotext = TeXCompiler.find("pdftotext") else { return nil }
            let textFile = folder.appendingPathComponent("out.txt")
            _ = try TeXCompiler.run(pdftotext, ["-enc", "UTF-8", pdf.path, textFile.path], in: folder)
            return try String(contentsOf: textFile, encoding: .utf8)
        }

        /// Log lines that show errors or overfull boxes.
        var problems: [String] {
            log.components(separatedBy: "\n").filter {
                $0.hasPrefix("!") || $0.contains("Overfull \\hbox") || $0.contains("Overfull \\vbox")
                    || $0.contains("LaTeX Error")
            }
        }
    }

    /// The engine's path, or skips (fails under CI=true) when it is not installed.
    func requireEngine() throws -> String {
        if let path = Self.find(engine) { return path }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("\(engine) is not installed, and CI=true requires the LaTeX compile tests to run")
            throw XCTSkip("\(engine) missing")
        }
        throw XCTSkip("\(engine) is not installed; set CI=true to make this a failure")
    }

    func compile(_ source: String, name: String = "resume") throws -> Output {
        let executable = try requireEngine()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-tex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let texFile = folder.appendingPathComponent("\(name).tex")
        try source.write(to: texFile, atomically: true, encoding: .utf8)
        _ = try Self.run(executable, ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", texFile.lastPathComponent], in: folder)
        let log = (try? String(contentsOf: folder.appendingPathComponent("\(name).log"), encoding: .utf8))
            ?? (try? String(contentsOf: folder.appendingPathComponent("\(name).log"), encoding: .isoLatin1)) ?? ""
        return Output(pdf: folder.appendingPathComponent("\(name).pdf"), log: log, folder: folder)
    }

    static func find(_ program: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(program)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
