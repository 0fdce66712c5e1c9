import Foundation
import XCTest

/// Runs real pdfLaTeX on a small document and reads the numbers it writes to its log: the truth
/// that the metrics tests compare against.
enum MetricsTeXOracle {
    /// The preamble of every measured document: Latin Modern in T1, as the résumé templates use it.
    static let preamble = #"""
        \documentclass{article}
        \usepackage[T1]{fontenc}
        \usepackage{lmodern}
        \begin{document}
        """#

    /// Skips the test when pdflatex is missing, except in CI, where a missing TeX is a failure.
    static func requirePdfLaTeX(file: StaticString = #filePath, line: UInt = #line) throws {
        guard executable("pdflatex") == nil else { return }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            XCTFail("pdflatex is not installed; CI must install TeX Live to check font metrics", file: file, line: line)
        }
        throw XCTSkip("pdflatex is not installed")
    }

    /// Typesets `body` and returns every log line that starts with `prefix`, without the prefix.
    static func run(_ body: String, prefix: String) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("metrics-oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = preamble + "\n" + body + "\n\\end{document}\n"
        try source.write(to: directory.appendingPathComponent("oracle.tex"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = executable("pdflatex")
        process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "-draftmode", "oracle.tex"]
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let log = try String(
            decoding: Data(contentsOf: directory.appendingPathComponent("oracle.log")), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            XCTFail("pdflatex failed:\n\(log.suffix(2000))")
            return []
        }
        return log.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    /// Scaled points for a decimal size in points, exactly as TeX reads `10.95pt` (§102, §452).
    static func scaledPoints(_ points: String) -> Int {
        let parts = points.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Int(parts[0]) ?? 0
        var fraction = 0
        if parts.count > 1 {
            for digit in parts[1].prefix(17).reversed() {
                fraction = (fraction + Int(String(digit))! * 0o400000) / 10
            }
        }
        return whole * 65536 + (fraction + 1) / 2
    }

    private static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
