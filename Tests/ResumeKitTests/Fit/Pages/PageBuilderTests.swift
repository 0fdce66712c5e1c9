import XCTest
@testable import ResumeKit
@testable import ResumeFit
@testable import TeXTypesetting

final class PageBuilderTests: XCTestCase {
    private let pt = 65536

    func testEverythingFitsOnOnePage() {
        let builder = PageBuilder(goal: 100 * pt, topSkip: 10 * pt, maxDepth: 5 * pt)
        var list = VerticalListBuilder()
        for block in 0..<3 {
            list.appendBox(height: 7 * pt, depth: 2 * pt, baselineSkip: 12 * pt, block: block)
            list.appendPenalty(0)
        }
        let pages = builder.pages(list.nodes)
        XCTAssertEqual(pages.count, 1)
        XCTAssertEqual(pages[0].total, 10 * pt + 24 * pt)
    }

    func testBreaksAtTheLastBreakpointThatFits() {
        let builder = PageBuilder(goal: 50 * pt, topSkip: 10 * pt, maxDepth: 5 * pt)
        var list = VerticalListBuilder()
        for block in 0..<10 {
            list.appendBox(height: 7 * pt, depth: 2 * pt, baselineSkip: 12 * pt, block: block)
            list.appendPenalty(block == 2 ? -50 : 100)
        }
        let pages = builder.pages(list.nodes)
        XCTAssertEqual(pages.map(\.lastBlock), [3, 7, 9], "penalties do not matter on a page without stretch")
    }

    /// Random vertical lists typeset by pdfLaTeX with `\tracingpages`: every breakpoint's page
    /// total, penalty and cost, and the number of pages, must be TeX's.
    func testAgreesWithTeXOnRandomVerticalLists() throws {
        var generator = SeededGenerator(seed: 42)
        var documents: [(nodes: [VerticalNode], body: String)] = []
        for _ in 0..<40 {
            documents.append(randomDocument(using: &generator))
        }
        let goal = 300 * pt
        let builder = PageBuilder(goal: goal, topSkip: 10 * pt, maxDepth: 4 * pt)
        var matches = 0
        for (index, document) in documents.enumerated() {
            let source = """
                \\documentclass{article}
                \\usepackage[paperwidth=300pt,paperheight=400pt,top=50pt,bottom=50pt,left=20pt,right=20pt]{geometry}
                \\setlength\\topskip{10pt}\\setlength\\maxdepth{4pt}\\raggedbottom
                \\setlength\\parskip{0pt}\\lineskip=1pt\\lineskiplimit=0pt
                \\begin{document}
                \\tracingpages=1 \\tracingonline=0
                \(document.body)
                \\end{document}

                """
            let output = try TeXRunner(engine: .pdflatex).compile(source)
            guard output.assertSucceeded() else { return }
            let truth = Self.tracedPages(in: output.log)
            let predicted = builder.trace(document.nodes).map { page in
                page.map { "t=\(Self.printScaled($0.total))\($0.stretchesInfinitely ? " plus 1.0fil" : "") p=\($0.penalty) c=\($0.cost == TeXConstants.awfulBad ? "*" : String($0.cost))" }
            }
            if truth == predicted {
                matches += 1
            } else {
                let page = Array(zip(truth, predicted)).firstIndex { $0 != $1 } ?? min(truth.count, predicted.count)
                XCTFail("""
                    document \(index): \(truth.count) pages in TeX, \(predicted.count) predicted; page \(page + 1) differs:
                    TeX       \(page < truth.count ? truth[page] : [])
                    predicted \(page < predicted.count ? predicted[page] : [])
                    """)
            }
        }
        print("page builder agrees with pdfLaTeX on \(matches)/\(documents.count) random documents")
    }

    private func randomDocument(using generator: inout SeededGenerator) -> (nodes: [VerticalNode], body: String) {
        var list = VerticalListBuilder()
        list.appendWhatsit()  // LaTeX's \begin{document} leaves one on the list
        var body = ""
        let baselineSkip = Int.random(in: 10...14, using: &generator) * pt
        body += "\\baselineskip=\(baselineSkip)sp\n"
        for block in 0..<Int.random(in: 5...150, using: &generator) {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0:
                let glue = Int.random(in: 0...12 * pt, using: &generator)
                list.appendGlue(glue)
                body += "\\vskip\(glue)sp\n"
            case 1:
                let penalty = [-10000, -100, 0, 50, 300, 10000].randomElement(using: &generator)!
                list.appendPenalty(penalty)
                body += "\\penalty\(penalty)\n"
            case 2:
                list.appendWhatsit()
                body += "\\special{}\n"
            case 3:
                let height = Int.random(in: 0...pt, using: &generator)
                list.appendRule(height: height, depth: 0, block: block)
                body += "\\hrule height \(height)sp\n"
            default:
                let height = Int.random(in: 0...14 * pt, using: &generator)
                let depth = Int.random(in: 0...6 * pt, using: &generator)
                list.appendBox(height: height, depth: depth, baselineSkip: baselineSkip, block: block)
                body += "\\hbox{\\vrule height \(height)sp depth \(depth)sp width 1pt}\n"
            }
        }
        list.appendDocumentEnd(maxDepth: 4 * pt)
        return (list.nodes, body)
    }

    /// The `% t=… p=… c=…` lines of each page in a `\tracingpages` log, without goal and badness.
    static func tracedPages(in log: String) -> [[String]] {
        var pages: [[String]] = []
        for line in log.split(separator: "\n") {
            if line.hasPrefix("%% goal height") {
                pages.append([])
            } else if line.hasPrefix("% t="), !pages.isEmpty {
                let fields = line.dropFirst(2).replacingOccurrences(of: " plus ", with: "_plus_").split(separator: " ")
                guard let total = fields.first?.replacingOccurrences(of: "_plus_", with: " plus "), let penalty = fields.first(where: { $0.hasPrefix("p=") }),
                    let cost = fields.first(where: { $0.hasPrefix("c=") })
                else { continue }
                pages[pages.count - 1].append("\(total) \(penalty) \(cost.trimmingCharacters(in: CharacterSet(charactersIn: "#")))")
            }
        }
        // LaTeX's \end{document} flushes pages of its own after the last one.
        return pages.filter { page in !page.contains { $0.contains("p=-10001") || $0.contains("p=-1073741824") } }
    }

    /// A dimension as TeX prints it (tex.web §103).
    static func printScaled(_ value: Int) -> String {
        var text = value < 0 ? "-" : ""
        var s = abs(value)
        text += String(s / 65536) + "."
        s = 10 * (s % 65536) + 5
        var delta = 10
        repeat {
            if delta > 65536 { s += 0o100000 - 50000 }
            text += String(s / 65536)
            s = 10 * (s % 65536)
            delta *= 10
        } while s > delta
        return text
    }
}
