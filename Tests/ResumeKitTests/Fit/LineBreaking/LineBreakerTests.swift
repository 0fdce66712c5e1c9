import XCTest
@testable import ResumeKit
@testable import ResumeFit
@testable import TeXTypesetting

final class LineBreakerTests: XCTestCase {
    private let pt = 65536

    func testShortParagraphIsOneLineFromTheFirstPass() {
        let breaks = LineBreaker(parameters: LineBreakParameters(lineWidth: 100 * pt))
            .breakLines([.box(width: 20 * pt), .glue(Glue(width: 3 * pt, stretch: 2 * pt, shrink: pt)), .box(width: 20 * pt)])
        XCTAssertEqual(breaks.lineCount, 1)
        XCTAssertEqual(breaks.pass, .first)
        XCTAssertFalse(breaks.isOverfull)
    }

    func testBadness() {
        XCTAssertEqual(badness(0, 0), 0)
        XCTAssertEqual(badness(10, 0), 10000)
        XCTAssertEqual(badness(100, 100), 100)
        XCTAssertEqual(badness(50, 100), 12)
        XCTAssertEqual(badness(200, 100), 800)
        XCTAssertEqual(badness(500, 100), 10000)
    }

    func testWordWiderThanTheLineIsOverfull() {
        let breaks = LineBreaker(parameters: LineBreakParameters(lineWidth: 50 * pt))
            .breakLines([.box(width: 80 * pt)])
        XCTAssertEqual(breaks.lineCount, 1)
        XCTAssertTrue(breaks.isOverfull)
    }

    func testAutomaticHyphensAreOnlyUsedAfterTheFirstPass() {
        let space = HorizontalNode.glue(Glue(width: 3 * pt, stretch: 2 * pt, shrink: pt))
        let hyphen = HorizontalNode.discretionary(Discretionary(preBreak: 3 * pt, noBreak: 0, automatic: true, penalty: 50))
        // "aaaa bbbb-bbbb": fits only when the second word is hyphenated.
        let nodes: [HorizontalNode] = [.box(width: 40 * pt), space, .box(width: 20 * pt), hyphen, .box(width: 40 * pt)]
        let breaks = LineBreaker(parameters: LineBreakParameters(lineWidth: 66 * pt)).breakLines(nodes)
        XCTAssertEqual(breaks.pass, .second)
        XCTAssertEqual(breaks.lineCount, 2)
        XCTAssertEqual(breaks.breakIndices.first, 3)
    }

    /// Random paragraphs of rules, glue, kerns, penalties and discretionaries, typeset by
    /// pdfLaTeX: the line count must match for every one. Rules stand in for words, so this
    /// checks the breaking algorithm alone, independent of fonts.
    func testAgreesWithTeXOnRandomParagraphs() throws {
        var generator = SeededGenerator(seed: 7)
        var paragraphs: [(nodes: [HorizontalNode], parameters: LineBreakParameters, tex: String)] = []
        for _ in 0..<1000 {
            paragraphs.append(randomParagraph(using: &generator))
        }
        var source = """
            \\documentclass{article}
            \\usepackage[paperwidth=40cm,paperheight=200cm,margin=1cm]{geometry}
            \\begin{document}
            \\setlength\\parindent{0pt}\\setlength\\parskip{0pt}
            \\hbadness=10000 \\hfuzz=\\maxdimen
            \\newcommand\\lintmark[1]{\\par\\edef\\lintpg{\\the\\prevgraf}\\typeout{LINES:#1:\\lintpg}}

            """
        for (index, paragraph) in paragraphs.enumerated() {
            source += paragraph.tex + "\\lintmark{\(index)}\n"
        }
        source += "\\end{document}\n"
        let output = try TeXRunner(engine: .pdflatex).compile(source)
        output.assertSucceeded()
        let truth = TeXRunner.typeoutValues(in: output.log, key: "LINES")
        XCTAssertEqual(truth.count, paragraphs.count, "every paragraph reported its line count")
        var agreements = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let predicted = LineBreaker(parameters: paragraph.parameters).breakLines(paragraph.nodes).lineCount
            if String(predicted) == truth[String(index)] {
                agreements += 1
            } else {
                XCTFail("paragraph \(index): predicted \(predicted), TeX \(truth[String(index)] ?? "?")\n\(paragraph.tex)")
            }
        }
        print("line breaker agrees with pdfLaTeX on \(agreements)/\(paragraphs.count) random paragraphs")
    }

    /// Resuming after a prefix that ends in a box breaks exactly as breaking from the start, in
    /// every pass, whatever follows the prefix: the whole paragraph, or the paragraph cut short
    /// with a box of another width at its end (as `LineSaver` cuts it).
    func testResumingAfterAPrefixBreaksAsBreakingFromTheStart() {
        var generator = SeededGenerator(seed: 11)
        var compared = 0
        var passes: Set<String> = []
        for _ in 0..<200 {
            let (nodes, parameters, _) = randomParagraph(using: &generator)
            let breaker = LineBreaker(parameters: parameters)
            let ends = nodes.indices.filter { if case .box = nodes[$0] { true } else { false } }
            for end in ends.filter({ _ in Int.random(in: 0..<4, using: &generator) == 0 }) {
                guard let prefix = BreakingPrefix(Array(nodes[...end])) else { return XCTFail("a prefix ending in a box") }
                let cut = Array(nodes[..<min(nodes.count, end + 1 + Int.random(in: 0...6, using: &generator))])
                    + [.box(width: Int.random(in: 0...20 * pt, using: &generator))]
                for list in [nodes, cut] {
                    let fresh = breaker.breakLines(list)
                    let resumed = breaker.breakLines(list, resumingAfter: prefix)
                    XCTAssertEqual(resumed.breakIndices, fresh.breakIndices)
                    XCTAssertEqual(resumed.pass, fresh.pass)
                    XCTAssertEqual(resumed.isOverfull, fresh.isOverfull)
                    passes.insert("\(fresh.pass)")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 1000)
        XCTAssertEqual(passes, ["first", "second", "emergency"], "every pass is resumed")
    }

    func testAPrefixMustEndInABox() {
        XCTAssertNil(BreakingPrefix([.box(width: pt), .glue(Glue(width: pt, stretch: 0, shrink: 0))]))
        XCTAssertNil(BreakingPrefix([]))
    }

    private func randomParagraph(using generator: inout SeededGenerator) -> (nodes: [HorizontalNode], parameters: LineBreakParameters, tex: String) {
        var nodes: [HorizontalNode] = []
        let lineWidthInPoints = Int.random(in: 120...400, using: &generator)
        var tex = "\\hsize=\(lineWidthInPoints)pt"
        var parameters = LineBreakParameters(lineWidth: lineWidthInPoints * pt)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0:
            parameters.emergencyStretch = 30 * pt
            tex += "\\emergencystretch=30pt"
        case 1:
            parameters.tolerance = 9999
            parameters.pretolerance = -1
            tex += "\\tolerance=9999 \\pretolerance=-1"
        case 2:
            parameters.hangIndent = Int.random(in: -30...30, using: &generator) * pt
            parameters.hangAfter = Int.random(in: -3...3, using: &generator)
            tex += "\\hangindent=\(parameters.hangIndent)sp \\hangafter=\(parameters.hangAfter) "
        default:
            break
        }
        tex += "\\tolerance=\(parameters.tolerance) \\pretolerance=\(parameters.pretolerance)"
        if parameters.emergencyStretch == 0 { tex += "\\emergencystretch=0pt" }
        tex += "\\noindent "
        let words = Int.random(in: 1...60, using: &generator)
        for word in 0..<words {
            let width = Int.random(in: 5 * pt...70 * pt, using: &generator)
            nodes.append(.box(width: width))
            tex += "\\vrule width \(width)sp height 1pt"
            if Int.random(in: 0..<8, using: &generator) == 0 {
                let pre = Int.random(in: pt...4 * pt, using: &generator)
                let after = Int.random(in: 5 * pt...30 * pt, using: &generator)
                nodes.append(.discretionary(Discretionary(preBreak: pre, noBreak: 0, automatic: false, penalty: 50)))
                nodes.append(.box(width: after))
                tex += "\\discretionary{\\vrule width \(pre)sp height 1pt}{}{}\\vrule width \(after)sp height 1pt"
            }
            if Int.random(in: 0..<10, using: &generator) == 0 {
                let kern = Int.random(in: 0...pt, using: &generator)
                nodes.append(.kern(width: kern, explicit: true))
                tex += "\\kern\(kern)sp"
            }
            if Int.random(in: 0..<12, using: &generator) == 0 {
                let penalty = [-50, 0, 50, 100, 150, 10000].randomElement(using: &generator)!
                nodes.append(.penalty(penalty))
                tex += "\\penalty\(penalty)"
            }
            if word < words - 1 {
                let glue = Glue(
                    width: Int.random(in: 2 * pt...5 * pt, using: &generator),
                    stretch: Int.random(in: 0...3 * pt, using: &generator),
                    shrink: Int.random(in: 0...2 * pt, using: &generator))
                nodes.append(.glue(glue))
                tex += "\\hskip\(glue.width)sp plus \(glue.stretch)sp minus \(glue.shrink)sp "
            }
        }
        return (nodes, parameters, tex)
    }
}
