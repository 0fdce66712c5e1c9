import Foundation

/// Compiles a résumé's LaTeX with pdfLaTeX and compares the true line and page counts with the
/// fit engine's: the check behind `resume lint --verify`.
public struct FitVerifier: Sendable {
    public let engine: FitEngine
    /// How long TeX may run before it is stopped, in seconds.
    public var timeout: TimeInterval

    public init(engine: FitEngine, timeout: TimeInterval = TeXProcess.defaultTimeout) {
        self.engine = engine
        self.timeout = timeout
    }

    /// What pdfLaTeX found, and every place where the prediction differs.
    public struct Result: Sendable {
        public var pages: Int
        public var predictedPages: Int
        public var itemsChecked: Int
        public var disagreements: [Disagreement]
        /// Whether the prediction was an estimate (text without exact metrics).
        public var isApproximate: Bool
        /// Whether the prediction said the document is within an item of a page boundary.
        public var nearPageBoundary: Bool
    }

    /// An item whose predicted line count is not TeX's.
    public struct Disagreement: Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int
        public var predicted: Int
        public var actual: Int
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
        let truth = Self.lineCounts(in: log)
        var disagreements: [Disagreement] = []
        for (item, block) in zip(analysis.report.items, analysis.itemBlocks) {
            guard let actual = truth[block], actual != item.lines else { continue }
            disagreements.append(Disagreement(path: item.path, line: item.line, column: item.column, predicted: item.lines, actual: actual))
        }
        return Result(
            pages: PDFCompiler.pageCount(in: log) ?? 0, predictedPages: analysis.report.pages,
            itemsChecked: analysis.itemBlocks.count, disagreements: disagreements,
            isApproximate: analysis.report.approximate, nearPageBoundary: analysis.report.nearPageBoundary)
    }
}

private extension FitVerifier {
    /// The document with `\lintmark{N}` after every measured block, writing TeX's `\prevgraf`.
    static func marked(_ analysis: FitAnalysis) -> String {
        var document = analysis.latex
        let definition = "\\newcommand\\lintmark[1]{\\par\\edef\\lintpg{\\the\\prevgraf}\\typeout{LINT-LINES:#1:\\lintpg}}\n"
        guard let begin = document.range(of: "\\begin{document}") else { return document }
        document.insert(contentsOf: definition, at: begin.lowerBound)
        var cursor = document.range(of: "\\begin{document}")!.upperBound
        let measured = Set(analysis.itemBlocks)
        for (index, block) in analysis.blocks.enumerated() {
            guard let range = document.range(of: block.source, range: cursor..<document.endIndex) else { continue }
            cursor = range.upperBound
            if measured.contains(index) {
                let mark = "\\lintmark{\(index)}"
                document.insert(contentsOf: mark, at: cursor)
                cursor = document.index(cursor, offsetBy: mark.count)
            }
        }
        return document
    }

    func compile(_ source: String, with executable: URL) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        RunningCompiles.shared.add(folder)
        defer {
            try? FileManager.default.removeItem(at: folder)
            RunningCompiles.shared.remove(folder)
        }
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

    static func lineCounts(in log: String) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for line in log.split(separator: "\n") where line.hasPrefix("LINT-LINES:") {
            let parts = line.split(separator: ":")
            if parts.count == 3, let block = Int(parts[1]), let lines = Int(parts[2]) { counts[block] = lines }
        }
        return counts
    }
}
