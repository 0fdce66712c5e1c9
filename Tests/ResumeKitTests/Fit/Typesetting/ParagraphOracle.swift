import Foundation
import XCTest

@testable import ResumeKit

/// Typesets block macro calls with pdfLaTeX under a built-in theme's real preamble (classic's unless
/// a test names another) and reads, for each,
/// the line count of its last paragraph, the height of its first line, the depth of its last line
/// and whether TeX reported an overfull line.
enum ParagraphOracle {
    struct Measurement: Equatable {
        var lines: Int
        var firstHeight: Int
        var lastDepth: Int
        var isOverfull: Bool
    }

    /// A built-in theme's preamble, as rendered for the example résumé.
    static func preamble(theme name: String = "classic", paper: Paper = .a4) throws -> String {
        let theme = try XCTUnwrap(Theme.builtin(named: name))
        let result = ResumeLoader.load(contentsOf: TestPaths.examples.appendingPathComponent("cv.yaml"))
        let resume = try XCTUnwrap(result.resume, "examples/cv.yaml: \(result.diagnostics.map(\.message))")
        var document = try Renderer(theme: theme).render(resume, as: .tex)
        if paper == .letter { document = document.replacingOccurrences(of: "a4paper", with: "letterpaper") }
        let begin = try XCTUnwrap(document.range(of: "\\begin{document}"))
        return String(document[..<begin.lowerBound])
    }

    /// Helpers the measured document defines after the preamble: `\cvmeasure{id}` ends a paragraph
    /// in a vbox and writes `PAR:id:lines:first height:last depth` from the line boxes it takes off.
    static let measuringMacros = #"""
        \newbox\cvlinebox
        \newcommand\cvmeasure[1]{\par\edef\cvlines{\the\prevgraf}%
          \setbox\cvlinebox\lastbox\edef\cvdp{\the\dp\cvlinebox}\edef\cvht{\the\ht\cvlinebox}%
          \loop\unskip\unpenalty\unskip\unpenalty\unskip\unpenalty\unskip\setbox\cvlinebox\lastbox\unless\ifvoid\cvlinebox\edef\cvht{\the\ht\cvlinebox}\repeat
          \typeout{PAR:#1:\cvlines:\cvht:\cvdp}}
        \newcommand\cvcount[1]{\par\edef\cvlines{\the\prevgraf}\typeout{PAR:#1:\cvlines:0pt:0pt}}
        """#

    /// Measures the blocks in one pdfLaTeX run, by id.
    static func measure(
        _ blocks: [SampleBlock], theme: String = "classic", paper: Paper = .a4,
        editingPreamble edit: (String) -> String = { $0 }
    ) throws -> [String: Measurement] {
        var source = edit(try preamble(theme: theme, paper: paper)) + measuringMacros + "\n\\begin{document}\n\\normalsize\\color{body}\n"
        for block in blocks {
            let end = block.measuresHeights ? "\\cvmeasure{\(block.id)}" : "\\cvcount{\(block.id)}"
            // \cvname's colour acts in vertical mode, after the paragraph, and would hide its lines.
            let setup = block.call.hasPrefix("\\cvname") ? "\\def\\color#1{}" : ""
            source += "\\setbox0\\vbox{\(setup)\(block.call)\(end)}\n"
        }
        source += "\\end{document}\n"
        let runner = TeXRunner(
            engine: .pdflatex, haltOnError: false, options: ["-draftmode"], environment: ["max_print_line": "10000"])
        let output = try runner.compile(source)
        let errors = output.log.components(separatedBy: "\n").filter { $0.hasPrefix("!") }
        XCTAssertEqual(errors, [], "pdfLaTeX reported errors")
        return parse(output.log)
    }

    /// Reads the `PAR:` lines, giving each the overfull warnings logged since the one before.
    static func parse(_ log: String) -> [String: Measurement] {
        var results: [String: Measurement] = [:]
        var sawOverfull = false
        for line in log.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Overfull \\hbox") {
                sawOverfull = true
            } else if line.hasPrefix("PAR:") {
                let fields = line.split(separator: ":")
                guard fields.count == 5, let lines = Int(fields[2]) else { continue }
                results[String(fields[1])] = Measurement(
                    lines: lines, firstHeight: scaledPoints(fields[3]), lastDepth: scaledPoints(fields[4]),
                    isOverfull: sawOverfull)
                sawOverfull = false
            }
        }
        return results
    }

    /// Scaled points for TeX's printed `12.34567pt`.
    static func scaledPoints(_ text: Substring) -> Int {
        let number = text.hasSuffix("pt") ? String(text.dropLast(2)) : String(text)
        let negative = number.hasPrefix("-")
        let value = MetricsTeXOracle.scaledPoints(negative ? String(number.dropFirst()) : number)
        return negative ? -value : value
    }
}

extension SetParagraph {
    /// What `ParagraphOracle` reads for a block whose paragraphs are `paragraphs`.
    static func measurement(of paragraphs: [SetParagraph]) -> ParagraphOracle.Measurement {
        ParagraphOracle.Measurement(
            lines: paragraphs.last?.lineCount ?? 0,
            firstHeight: paragraphs.first?.lines.first?.height ?? 0,
            lastDepth: paragraphs.last?.lines.last?.depth ?? 0,
            isOverfull: paragraphs.contains { $0.isOverfull })
    }
}
