import Foundation
import XCTest

/// Asks real pdfLaTeX where it hyphenates words, through `\showhyphens` and the log it writes.
///
/// Without pdflatex the test is skipped, except under `CI=true`, where that is a failure.
struct ShowHyphens {
    /// One word run to show: the LaTeX source that typesets it, and the characters it prints.
    struct Sample {
        let latex: String
        let run: String
    }

    /// The hyphenated form of each sample's `latex`, as the log shows it (`hy-phen-ation`), in order.
    static func hyphenatedForms(of samples: [Sample], file: StaticString = #filePath, line: UInt = #line) throws
        -> [String]
    {
        let log = try compile(document(showing: samples), file: file, line: line)
        var forms = [String?](repeating: nil, count: samples.count)
        var current: Int?
        for logLine in log.split(separator: "\n", omittingEmptySubsequences: false) {
            if logLine.hasPrefix(markerPrefix) {
                current = Int(logLine.dropFirst(markerPrefix.count))
            } else if let index = current, logLine.hasPrefix("[]") {
                forms[index] = printedText(logLine)
                current = nil
            }
        }
        return forms.enumerated().map { index, form in
            if form == nil { XCTFail("no \\showhyphens output for \(samples[index].latex)", file: file, line: line) }
            return form ?? ""
        }
    }

    /// For each LaTeX source, the offsets after which pdfLaTeX's paragraph holds a discretionary,
    /// counted in typeset characters, as `\showbox` lists them.
    static func discretionaryOffsets(of sources: [String], file: StaticString = #filePath, line: UInt = #line)
        throws -> [[Int]]
    {
        let document = wrapDocument(
            sources.enumerated().map { index, source in
                #"\typeout{\#(markerPrefix)\#(index)}\setbox0\vbox{\hsize1000pt\noindent\hskip0pt \#(source)}\showbox0"#
            })
        let log = try compile(#"\showboxdepth=100 \showboxbreadth=10000 "# + document, file: file, line: line)
        var offsets = [[Int]](repeating: [], count: sources.count)
        var current: Int?
        var characters = 0
        for logLine in log.split(separator: "\n") {
            if logLine.hasPrefix(markerPrefix) {
                current = Int(logLine.dropFirst(markerPrefix.count))
                characters = 0
            } else if let index = current {
                if logLine.hasPrefix("..\\discretionary") {
                    offsets[index].append(characters)
                } else if let ligature = logLine.firstMatch(of: #/^\.\.\\\S+ \S+ \(ligature (.*)\)$/#) {
                    characters += ligature.1.count
                } else if logLine.hasPrefix("..\\T1/") {
                    characters += 1
                } else if logLine.hasPrefix("! OK") {
                    current = nil
                }
            }
        }
        return offsets
    }

    /// The offsets into `run` where `printed` has a hyphen that `run` does not.
    static func hyphenOffsets(printed: String, run: String) -> [Int] {
        let runCharacters = Array(run)
        var offsets: [Int] = []
        var consumed = 0
        for unit in printedUnits(printed) {
            guard consumed < runCharacters.count else { break }
            if unit == "-" && runCharacters[consumed] != "-" {
                offsets.append(consumed)
            } else {
                consumed += 1
            }
        }
        return offsets
    }
}

private extension ShowHyphens {
    static let markerPrefix = "SHOWHYPHENS:"

    static func document(showing samples: [Sample]) -> String {
        wrapDocument(
            samples.enumerated().map { index, sample in
                #"\typeout{\#(markerPrefix)\#(index)}\showhyphens{\#(sample.latex)}"#
            })
    }

    static func wrapDocument(_ body: [String]) -> String {
        let preamble = [#"\documentclass{article}\usepackage[T1]{fontenc}\usepackage{lmodern}"#, #"\begin{document}"#]
        return (preamble + body + [#"\end{document}"#]).joined(separator: "\n") + "\n"
    }

    /// The characters of a `[] \T1/lmr/m/n/10 hy-phen-ation` line, without the box and fonts.
    static func printedText(_ line: Substring) -> String {
        let withoutFonts = line.replacing(#/\\[A-Za-z0-9]+/[^ ]* /#, with: "")
        return String(withoutFonts.dropFirst(2).drop { $0 == " " })
    }

    /// Splits printed log text into one unit per typeset character: TeX prints unprintable
    /// codes as `^^X` or `^^xx`.
    static func printedUnits(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        var units: [String] = []
        var index = 0
        while index < scalars.count {
            var length = 1
            if index + 2 < scalars.count, scalars[index] == "^", scalars[index + 1] == "^" {
                let isHex = { (s: Unicode.Scalar) in "0123456789abcdef".unicodeScalars.contains(s) }
                length = index + 3 < scalars.count && isHex(scalars[index + 2]) && isHex(scalars[index + 3]) ? 4 : 3
            }
            units.append(String(String.UnicodeScalarView(scalars[index..<min(index + length, scalars.count)])))
            index += length
        }
        return units
    }

    /// Runs pdflatex on `source` and returns the log, one byte per character. Not halting on
    /// errors, since `\showbox` reports itself as one (`! OK.`).
    static func compile(_ source: String, file: StaticString, line: UInt) throws -> String {
        let runner = TeXRunner(engine: .pdflatex, haltOnError: false, environment: ["max_print_line": "100000"])
        let output = try runner.compile(source, file: file, line: line)
        let text = String(decoding: output.logData.map { UInt16($0) }, as: UTF16.self)
        let errors = text.split(separator: "\n").filter { $0.hasPrefix("! ") && $0 != "! OK." }
        XCTAssertEqual(errors, [], "pdflatex reported errors:\n\(text)", file: file, line: line)
        return text
    }
}
