import Foundation
import ResumeModel
import ResumeRender
import ResumeSupport

/// Compiles a résumé's LaTeX with pdfLaTeX (XeLaTeX when the text needs it) and compares what TeX
/// set with the fit engine's prediction: the check behind `resume lint --verify`.
///
/// It compares the page count, the lines left free on the last page, and each item's line count
/// and page. TeX reports each of these itself (`\prevgraf` after the item, the page its first line
/// is shipped out on, `\pagetotal` at the end), and an item TeX reported nothing for is a finding,
/// never an agreement.
package struct FitVerifier: Sendable {
    public let engine: FitEngine
    /// How long TeX may run before it is stopped, in seconds.
    public var timeout: TimeInterval

    public init(engine: FitEngine, timeout: TimeInterval = TeXProcess.defaultTimeout) {
        self.engine = engine
        self.timeout = timeout
    }

    /// What TeX set, beside what the fit engine predicted.
    public struct Result: Sendable {
        /// The program that compiled the document: `pdflatex` or `xelatex`.
        public var program: String
        /// TeX's page count; nil when its log does not say.
        public var pages: Int?
        package var predictedPages: Int
        /// How many more lines of body text the last page could take as TeX set it; nil when TeX
        /// did not report it.
        package var freeLines: Int?
        package var predictedFreeLines: Int
        /// Every item of the prediction, in document order, with what TeX measured of it.
        public var items: [Item]
        /// Prose values the LaTeX shows but the fit engine matched to no block, so that nothing
        /// measured them.
        package var unmatched: [Value]
        /// Whether the prediction was an estimate (text without exact metrics).
        package var isApproximate: Bool
        /// The height of each page's material as TeX set it (`\pagetotal` where the page was
        /// broken), by page number, and as predicted, in sp: for tests of the page model.
        var pageTotals: [Int: Int] = [:]
        var predictedPageTotals: [Int] = []

        /// The items TeX reported both a line count and a page for.
        package var itemsMeasured: Int { items.filter(\.isMeasured).count }

        /// The measured items whose line count or page is not the prediction's.
        package var disagreements: [Item] { items.filter { $0.isMeasured && !$0.agrees } }

        /// The items TeX reported nothing, or not everything, for.
        public var unmeasured: [Item] { items.filter { !$0.isMeasured } }
    }

    /// One item: the fit engine's prediction and TeX's measurement.
    package struct Item: Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int
        package var predictedLines: Int
        package var predictedPage: Int
        /// The lines TeX set it in (its `\prevgraf`); nil when TeX reported none.
        public var lines: Int?
        /// The page TeX shipped its first line out on; nil when TeX reported none.
        public var page: Int?

        package var isMeasured: Bool { lines != nil && page != nil }
        package var agrees: Bool { lines == predictedLines && page == predictedPage }
    }

    /// A prose value of the résumé: its path and where it is written.
    package struct Value: Sendable, Equatable {
        public var path: String
        public var location: SourceLocation?
    }

    public enum Problem: Error, CustomStringConvertible {
        case engineMissing(String)
        case compileFailed(String)

        public var description: String {
            switch self {
            case .engineMissing(let engine):
                "verification needs \(engine); on Debian: apt-get install texlive-latex-base "
                    + "texlive-latex-recommended texlive-fonts-recommended lmodern"
                    + (engine == "xelatex" ? " texlive-xetex texlive-lang-cjk texlive-lang-chinese fonts-noto-cjk" : "")
            case .compileFailed(let message):
                "the LaTeX did not compile: \(message)"
            }
        }
    }

    public func verify(_ resume: Resume) throws -> Result {
        let analysis = try engine.analyze(resume)
        let program = resume.requiredTeXEngine.rawValue
        guard let executable = TeXInstallation().executable(named: program) else { throw Problem.engineMissing(program) }
        let log = try compile(Self.marked(analysis), with: executable)
        try TeXLostCharacters.check(log: log, engine: resume.requiredTeXEngine)
        return Self.compare(analysis, with: Measurements(log: log), program: program, resume: resume)
    }

    /// The comparison of a prediction with what TeX wrote in `log` about the document
    /// `marked(analysis)`; `verify` without running TeX, for tests that forge a log.
    func compare(_ resume: Resume, log: String) throws -> Result {
        let analysis = try engine.analyze(resume)
        return Self.compare(analysis, with: Measurements(log: log), program: resume.requiredTeXEngine.rawValue, resume: resume)
    }

    /// The document `verify` compiles, for tests.
    func markedDocument(_ resume: Resume) throws -> String {
        Self.marked(try engine.analyze(resume))
    }
}

extension FitVerifier.Result {
    /// What the comparison found, located in `file`: each difference from TeX (an error, or a
    /// warning when the prediction is an estimate), and each item or value nothing measured and
    /// each count TeX did not report (always an error: unverified is not agreed).
    public func diagnostics(file: String) -> [Diagnostic] {
        let differs: Severity = isApproximate ? .warning : .error
        let top = SourceLocation(file: file, line: 1, column: 1)
        var found: [Diagnostic] = []
        func add(_ severity: Severity, _ location: SourceLocation, _ message: String, path: String? = nil) {
            found.append(Diagnostic(severity, at: location, message, rule: Diagnostic.verifyRuleID, path: path))
        }
        if let pages {
            if pages != predictedPages {
                add(differs, top, "predicted \(count(predictedPages, "page")) but \(program) makes \(pages)")
            }
        } else {
            add(.error, top, "\(program) did not report the page count, so it is not verified")
        }
        if let freeLines {
            if freeLines != predictedFreeLines {
                let predicted = count(predictedFreeLines, "line")
                add(differs, top, "predicted \(predicted) free on the last page but \(program) leaves \(freeLines)")
            }
        } else {
            add(.error, top, "\(program) did not report how full the last page is, so the free lines are not verified")
        }
        for item in items {
            let location = SourceLocation(file: file, line: item.line, column: item.column)
            guard let lines = item.lines, let page = item.page else {
                let missing = [item.lines == nil ? "line count" : nil, item.page == nil ? "page" : nil].compactMap { $0 }
                let message = "\(item.path) was not measured: \(program) reported no \(missing.joined(separator: " and ")) for it"
                add(.error, location, message, path: item.path)
                continue
            }
            if lines != item.predictedLines {
                let message = "\(item.path) is predicted to take \(count(item.predictedLines, "line")) "
                add(differs, location, message + "but \(program) sets it in \(lines)", path: item.path)
            }
            if page != item.predictedPage {
                let message = "\(item.path) is predicted to start on page \(item.predictedPage) "
                add(differs, location, message + "but \(program) starts it on page \(page)", path: item.path)
            }
        }
        for value in unmatched {
            let location = value.location.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? top
            let message = "\(value.path) is in the LaTeX but the fit engine matched no block to it, so nothing measured it"
            add(.error, location, message, path: value.path)
        }
        return found.sortedByLocation()
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}

extension Diagnostic {
    /// The rule id of what `lint --verify` finds: a difference from TeX, or something TeX did not measure.
    package static let verifyRuleID = "fit-verify"
}

private extension FitVerifier {
    /// What TeX wrote to its log about the marked document.
    struct Measurements {
        /// `\prevgraf` after each marked block, by block index.
        var lines: [Int: Int] = [:]
        /// The page each marked block's first paragraph was shipped out on, by block index.
        var pages: [Int: Int] = [:]
        var pageCount: Int?
        /// For each page shipped out, its goal (`\vsize`) and the natural height of what it holds,
        /// which is `\pagetotal` where the page was broken, in sp.
        var fill: [Int: (goal: Int, total: Int)] = [:]

        init(log: String) {
            for line in log.split(separator: "\n") {
                let parts = line.split(separator: ":", omittingEmptySubsequences: false)
                let numbers = parts.dropFirst().compactMap { Int($0) }
                guard numbers.count == parts.count - 1 else { continue }
                switch (parts[0], numbers.count) {
                case ("LINT-LINES", 2): lines[numbers[0]] = numbers[1]
                case ("LINT-PAGE", 2): pages[numbers[0]] = numbers[1]
                case ("LINT-FILL", 3): fill[numbers[0]] = (numbers[1], numbers[2])
                default: continue
                }
            }
            pageCount = PDFCompiler.pageCount(in: log)
        }

        /// The goal and total of the last page, when TeX reported the fill of each page.
        var lastPage: (goal: Int, total: Int)? {
            guard let pageCount, pageCount > 0, (1...pageCount).allSatisfy({ fill[$0] != nil }) else { return nil }
            return fill[pageCount]
        }
    }

    static func compare(_ analysis: FitAnalysis, with truth: Measurements, program: String, resume: Resume) -> Result {
        let report = analysis.report
        let items = zip(report.items, analysis.itemBlocks).map { item, block in
            Item(
                path: item.path, line: item.line, column: item.column, predictedLines: item.lines, predictedPage: item.page,
                lines: truth.lines[block], page: truth.pages[block])
        }
        let freeLines = truth.lastPage.map {
            FitEngine.freeLines(goal: $0.goal, total: $0.total, baselineSkip: analysis.baselineSkip)
        }
        return Result(
            program: program, pages: truth.pageCount, predictedPages: report.pages, freeLines: freeLines,
            predictedFreeLines: report.lastPageFreeLines, items: items, unmatched: unmatched(analysis, resume: resume),
            isApproximate: report.approximate, pageTotals: truth.fill.mapValues(\.total),
            predictedPageTotals: analysis.pages.map(\.total))
    }

    /// The prose values that no item stands for although their text is in a block of the document.
    static func unmatched(_ analysis: FitAnalysis, resume: Resume) -> [Value] {
        let measured = Set(analysis.report.items.map(\.path))
        return resume.proseValues.filter { value in
            guard !measured.contains(value.path) else { return false }
            let escaped = LaTeXEscaping.text(value.text)
            return analysis.blocks.contains { block in block.arguments.contains { $0.contains(escaped) } }
        }.map { Value(path: $0.path, location: resume.sourceMap[$0.path]) }
    }

    /// Macros that make TeX report what it set: `\lintmark{N}` after block N writes its
    /// `\prevgraf` (copied with `\edef`, since `\typeout` reads it as 0), plus the lines of the
    /// block's earlier paragraphs, which `\lintpar` after each of their `\par`s added up (on the
    /// page only, not while `\cvitem` measures a bullet in a box); `\lintpage{N}` before it
    /// makes the next paragraph start with a `\write` that TeX expands when it ships that line's page
    /// out, so the page is the one the line is on even when the break is decided later (a
    /// `\typeout` there would name the page being filled), and `\lintmark` disarms it, so that a
    /// block that set no paragraph reports no page rather than the next one's; `\lintfill`, run
    /// first in the output routine, writes each page's goal and the natural height of its material.
    static let definitions = #"""
        \newcount\lintlines
        \newcommand\lintpar{\ifinner\else\global\advance\lintlines\prevgraf\fi}
        \newcommand\lintmark[1]{\par\global\let\lintfirst\relax\global\advance\lintlines\prevgraf
          \edef\lintpg{\the\lintlines}\global\lintlines=0 \typeout{LINT-LINES:#1:\lintpg}}
        \newcommand\lintpage[1]{\gdef\lintfirst{\write-1{LINT-PAGE:#1:\the\value{page}}\global\let\lintfirst\relax}}
        \let\lintfirst\relax
        \newbox\lintbox
        \newcommand\lintfill{\ifnum\outputpenalty<-10000 \else\setbox\lintbox\vbox{\unvcopy255}%
          \immediate\write-1{LINT-FILL:\number\value{page}:\number\ht255:\number\ht\lintbox}\fi}

        """#

    /// The document with every measured block between `\lintpage{N}` and `\lintmark{N}`, N being
    /// the block's index, and `\lintfill` in the output routine.
    static func marked(_ analysis: FitAnalysis) -> String {
        var document = analysis.latex
        guard let begin = document.range(of: "\\begin{document}") else { return document }
        let hooks = "\\begin{document}\\everypar\\expandafter{\\the\\everypar\\lintfirst}"
            + "\\output\\expandafter{\\expandafter\\lintfill\\the\\output}"
        document.replaceSubrange(begin, with: definitions + hooks)
        var cursor = document.range(of: hooks)!.upperBound
        let measured = Set(analysis.itemBlocks)
        for (index, block) in analysis.blocks.enumerated() {
            guard let range = document.range(of: block.source, range: cursor..<document.endIndex) else { continue }
            guard measured.contains(index) else {
                cursor = range.upperBound
                continue
            }
            let (before, after) = ("\\lintpage{\(index)}", "\\lintmark{\(index)}")
            let separator = ResumeContentType.paragraphBreak(for: .tex)
            let source = block.source.replacingOccurrences(of: separator, with: separator + "\\lintpar ")
            document.replaceSubrange(range, with: before + source + after)
            cursor = document.index(range.lowerBound, offsetBy: before.count + source.count + after.count)
        }
        return document
    }

    func compile(_ source: String, with executable: URL) throws -> String {
        try RunningCompiles.shared.withTemporaryFolder(named: "resume-verify") { folder in
            try source.write(to: folder.appendingPathComponent("resume.tex"), atomically: true, encoding: .utf8)
            let arguments = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "resume.tex"]
            let outcome = try TeXProcess(executable: executable, arguments: arguments, folder: folder, timeout: timeout).run()
            let data = (try? Data(contentsOf: folder.appendingPathComponent("resume.log"))) ?? Data()
            let log = String(decoding: data, as: UTF8.self)
            guard outcome == .exited(0) else {
                let stopped =
                    switch outcome {
                    case .timedOut: "TeX was stopped after running for \(Int(timeout.rounded(.up))) seconds"
                    default: "\(outcome)"
                    }
                let error = log.split(separator: "\n").first { $0.hasPrefix("!") }.map(String.init) ?? stopped
                throw Problem.compileFailed(error)
            }
            return log
        }
    }
}
