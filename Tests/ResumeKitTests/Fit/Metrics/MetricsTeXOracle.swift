import Foundation
import XCTest
import TestSupport

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
        try RequiredTool.path(of: "pdflatex", file: file, line: line)
    }

    /// Typesets `body` and returns every log line that starts with `prefix`, without the prefix.
    static func run(_ body: String, prefix: String, file: StaticString = #filePath, line: UInt = #line) throws -> [String] {
        let source = preamble + "\n" + body + "\n\\end{document}\n"
        let output = try TeXRunner(engine: .pdflatex, options: ["-draftmode"]).compile(source, file: file, line: line)
        guard output.assertSucceeded(file: file, line: line) else { return [] }
        return output.log.split(separator: "\n").filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
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
}
