import XCTest

@testable import ResumeKit

/// Checks the widths of hyphenated word pieces against pdfLaTeX, which breaks a paragraph at every
/// hyphenation point when `\hyphenpenalty` is -10000.
final class HyphenationReconstitutionTests: XCTestCase {
    /// A word, its hyphenation as a `\hyphenation` exception, and the text around it in the run.
    private struct Case {
        let text: String
        let latex: String
        let exception: String

        /// Positions after which the exception allows a hyphen, counted in letters.
        var positions: Set<Int> {
            var positions: Set<Int> = []
            var letters = 0
            for character in exception {
                if character == "-" { positions.insert(letters) } else { letters += 1 }
            }
            return positions
        }
    }

    private static let cases: [Case] = [
        Case(text: "difficult", latex: "difficult", exception: "dif-fi-cult"),
        Case(text: "office", latex: "office", exception: "of-fice"),
        Case(text: "affluent", latex: "affluent", exception: "af-flu-ent"),
        Case(text: "baffle", latex: "baffle", exception: "baf-fle"),
        Case(text: "shuffling", latex: "shuffling", exception: "shuf-fling"),
        Case(text: "AVATAR", latex: "AVATAR", exception: "ava-tar"),
        Case(text: "Typography", latex: "Typography", exception: "ty-pog-ra-phy"),
        Case(text: "Tokyo", latex: "Tokyo", exception: "to-kyo"),
        Case(text: "waffles", latex: "waffles", exception: "waf-fles"),
        Case(text: "fluffiest", latex: "fluffiest", exception: "fluf-fi-est"),
        Case(text: "efficient", latex: "efficient", exception: "ef-fi-cient"),
        Case(text: "Wavelet", latex: "Wavelet", exception: "wave-let"),
        Case(text: "coffee", latex: "coffee", exception: "cof-fee"),
        Case(text: "difficult.", latex: "difficult.", exception: "dif-fi-cult"),
        Case(text: "``difficult''", latex: "``difficult''", exception: "dif-fi-cult"),
        Case(text: "(office),", latex: "(office),", exception: "of-fice"),
        Case(text: "“Wavelet”", latex: "“Wavelet”", exception: "wave-let"),
        Case(text: "Yokohama", latex: "Yokohama", exception: "yo-ko-ha-ma"),
    ]

    private static let fonts: [(latex: String, series: LatinModern.Series, shape: LatinModern.Shape, size: String)] = [
        ("\\fontsize{10}{12}\\usefont{T1}{lmr}{m}{n}", .regular, .upright, "10"),
        ("\\fontsize{10.95}{13}\\usefont{T1}{lmr}{bx}{n}", .bold, .upright, "10.95"),
        ("\\fontsize{12}{14}\\usefont{T1}{lmr}{m}{it}", .regular, .italic, "12"),
    ]

    func testHyphenatedPiecesMatchPdfLaTeX() throws {
        try MetricsTeXOracle.requirePdfLaTeX()
        var body = "\\hyphenation{" + Set(Self.cases.map(\.exception)).sorted().joined(separator: " ") + "}\n"
        body += #"""
            \newcommand\probe[2]{\setbox1\vbox{\hsize=300pt \pretolerance=-1 \hyphenpenalty=-10000
              \parindent=0pt \leftskip=0pt \rightskip=0pt \noindent\hskip0pt #2\par
              \loop\unskip\unpenalty\setbox0\lastbox\ifhbox0 \setbox2\hbox{\unhcopy0}%
              \typeout{H:#1:\number\wd2}\repeat}}

            """#
        for (fontIndex, font) in Self.fonts.enumerated() {
            for (caseIndex, sample) in Self.cases.enumerated() {
                body += "{\(font.latex)\\probe{\(fontIndex):\(caseIndex)}{\(sample.latex)}}\n"
            }
        }
        var truth: [String: [Int]] = [:]
        for line in try MetricsTeXOracle.run(body, prefix: "H:") {
            let fields = line.split(separator: ":")
            truth["\(fields[0]):\(fields[1])", default: []].insert(Int(fields[2])!, at: 0)
        }
        var checked = 0
        for (fontIndex, font) in Self.fonts.enumerated() {
            let scaled = try XCTUnwrap(
                LatinModern.scaledFont(series: font.series, shape: font.shape, size: MetricsTeXOracle.scaledPoints(font.size)))
            for (caseIndex, sample) in Self.cases.enumerated() {
                let codes = try XCTUnwrap(T1Encoding.t1Codes(sample.text))
                let run = scaled.typeset(codes, explicitHyphenBreaks: true)
                let hyphenated = scaled.hyphenate(
                    run.items, isLetter: { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) },
                    hyphenPositions: { _ in sample.positions })
                let lines = Self.linesBreakingAtEveryDiscretionary(hyphenated).map(scaled.width(of:))
                XCTAssertEqual(lines, truth["\(fontIndex):\(caseIndex)"], "\(sample.exception) in \(font.latex)")
                XCTAssertEqual(scaled.width(of: hyphenated), run.width, "unbroken \(sample.text)")
                checked += lines.count
            }
        }
        print("HyphenationReconstitutionTests: checked \(checked) line widths against pdfLaTeX")
    }

    func testDifficultSplitsItsLigatureAtTheHyphen() throws {
        let font = try XCTUnwrap(LatinModern.scaledFont(series: .regular, shape: .upright, size: 655360))
        let codes = try XCTUnwrap(T1Encoding.t1Codes("difficult"))
        let run = font.typeset(codes)
        XCTAssertTrue(run.items.contains(.ligature(0x1E, components: Array("ffi".utf8), leftBoundary: false, rightBoundary: false)))
        let hyphenated = font.hyphenate(run.items, isLetter: { _ in true }, hyphenPositions: { _ in [3] })
        let lines = Self.linesBreakingAtEveryDiscretionary(hyphenated)
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].last, .character(ScaledFont.hyphenCharacter))
        XCTAssertTrue(lines[1].contains(.ligature(0x1C, components: Array("fi".utf8), leftBoundary: false, rightBoundary: false)))
    }
}

private extension HyphenationReconstitutionTests {
    /// The lines a word makes when every discretionary in it is taken as a break.
    static func linesBreakingAtEveryDiscretionary(_ items: [TypesetItem]) -> [[TypesetItem]] {
        var lines: [[TypesetItem]] = [[]]
        for item in items {
            if case .discretionary(let discretionary) = item {
                lines[lines.count - 1] += discretionary.preBreak
                lines.append(discretionary.postBreak)
            } else {
                lines[lines.count - 1].append(item)
            }
        }
        return lines
    }
}
