import Foundation
import ResumeSupport

/// Compiles a LaTeX document to PDF in a temporary folder with an installed engine, running it
/// again while the log asks for it, and returns the finished PDF: nothing else is left behind.
public struct PDFCompiler: Sendable {
    package var installation: TeXInstallation
    /// Whether latexmk, when installed, runs the engine; otherwise the engine runs directly.
    package var usesLatexmk: Bool
    /// The most passes of the engine run directly, for a document whose log keeps asking for
    /// another (latexmk keeps its own limit).
    package var maximumPasses: Int
    /// How long one run may take before it is stopped, in seconds.
    public var timeout: TimeInterval
    /// The most bytes one file written by a run may hold; a run that writes more is stopped.
    package var fileSizeLimit: Int

    public init(
        installation: TeXInstallation = TeXInstallation(), usesLatexmk: Bool = true,
        maximumPasses: Int = 4, timeout: TimeInterval = TeXProcess.defaultTimeout, fileSizeLimit: Int = TeXProcess.defaultFileSizeLimit
    ) {
        self.installation = installation
        self.usesLatexmk = usesLatexmk
        self.maximumPasses = maximumPasses
        self.timeout = timeout
        self.fileSizeLimit = fileSizeLimit
    }

    /// One run of a program, reported before it starts.
    public struct Pass: Sendable, Equatable {
        /// `pdflatex`, `xelatex`, or `latexmk (pdflatex)`.
        public var program: String
        /// 1 for the first run.
        public var number: Int
        /// The file being compiled, such as `cv.tex`.
        public var file: String
    }

    /// A compiled PDF and what the engine said about it.
    public struct Output: Sendable {
        public var pdf: Data
        /// The page count from the log's "Output written on … (N pages)", if it says.
        public var pages: Int?
        /// How many times the engine ran (1 when latexmk ran it).
        public var passes: Int
    }

    /// The PDF of `latex`, written for `engine`; `jobName` names the files in the temporary folder
    /// (and so the PDF's identifier). Throws a ``PDFCompileFailure`` when there is no PDF.
    public func compile(
        _ latex: String, engine: TeXEngine, jobName: String = "resume", onPass: (Pass) -> Void = { _ in }
    ) throws -> Output {
        guard let driver = installation.driver(for: engine, latexmk: usesLatexmk) else {
            throw PDFCompileFailure.engineMissing(engine)
        }
        let job = Self.safeJobName(jobName)
        let environment = try Self.environment()
        return try RunningCompiles.shared.withTemporaryFolder(named: "resume-pdf") { folder in
            try Data(latex.utf8).write(to: folder.appendingPathComponent("\(job).tex"))

            let process = TeXProcess(
                executable: driver.executable, arguments: driver.arguments(compiling: "\(job).tex"), folder: folder,
                environment: environment, timeout: timeout, fileSizeLimit: fileSizeLimit)
            var pass = 0
            var log = ""
            repeat {
                pass += 1
                onPass(Pass(program: driver.displayName, number: pass, file: "\(job).tex"))
                let outcome = try process.run()
                log = Self.readLog(folder.appendingPathComponent("\(job).log"))
                switch outcome {
                case .timedOut:
                    throw PDFCompileFailure.timedOut(engine, seconds: Int(timeout.rounded(.up)))
                case .wroteTooMuch:
                    throw PDFCompileFailure.wroteTooMuch(engine, megabytes: process.fileSizeLimit >> 20)
                case .signalled(let number):
                    throw PDFCompileFailure.noOutput(engine, status: 128 + number)
                case .exited(let status) where status != 0:
                    throw Self.failure(engine: engine, status: status, log: log, latex: latex)
                case .exited:
                    break
                }
            } while driver.kind == .engine && pass < maximumPasses && Self.asksForRerun(log)
            try TeXLostCharacters.check(logFile: folder.appendingPathComponent("\(job).log"), engine: engine)

            guard let pdf = try? Data(contentsOf: folder.appendingPathComponent("\(job).pdf")) else {
                throw Self.failure(engine: engine, status: 0, log: log, latex: latex)
            }
            return Output(pdf: pdf, pages: Self.pageCount(in: log), passes: pass)
        }
    }
}

extension PDFCompiler {
    /// The variables that make a compile repeatable and its log easy to read:
    /// `SOURCE_DATE_EPOCH` (0 unless already set) and `FORCE_SOURCE_DATE=1` pin the PDF's dates
    /// and identifier, so the same document gives the same bytes with pdfTeX and XeTeX alike;
    /// a wide `max_print_line` and `error_line` keep messages and their context on one line.
    /// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds is refused, since TeX would
    /// fail on it with no word of why.
    static func environment(_ current: [String: String] = ProcessInfo.processInfo.environment) throws -> [String: String] {
        let epoch = current["SOURCE_DATE_EPOCH"] ?? "0"
        guard !epoch.isEmpty, epoch.utf8.count <= 12, epoch.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw PDFCompileFailure.invalidSourceDateEpoch(epoch)
        }
        return [
            "SOURCE_DATE_EPOCH": epoch,
            "FORCE_SOURCE_DATE": "1",
            "max_print_line": "10000",
            "error_line": "254",
            "half_error_line": "238",
        ]
    }

    /// Whether the log says another run would change the output (cross-references, outlines).
    static func asksForRerun(_ log: String) -> Bool {
        ["Rerun to get", "Label(s) may have changed", "Please rerun LaTeX", "Rerun LaTeX"].contains { log.contains($0) }
    }

    /// A name TeX takes as a file name whatever the résumé's file is called: accents dropped
    /// (`Ete` for `Été`), ASCII letters, digits, `-`, `_` and `.` kept, anything else as `-`, and
    /// no `-` or `.` in front, where TeX would read an option or a hidden file; `resume` when
    /// nothing is left (`이력서`, `履歴書`).
    static func safeJobName(_ name: String) -> String {
        let plain = name.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        let kept = String(plain.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        let trimmed = kept.drop { $0 == "-" || $0 == "." }
        return trimmed.contains { $0.isLetter || $0.isNumber } ? String(trimmed) : "resume"
    }

    package static func pageCount(in log: String) -> Int? {
        guard let range = log.range(of: #"Output written on .* \((\d+) pages?"#, options: .regularExpression) else { return nil }
        let text = log[range]
        guard let open = text.lastIndex(of: "(") else { return nil }
        return Int(text[text.index(after: open)...].prefix { $0.isNumber })
    }
}

private extension PDFCompiler {
    /// The log as UTF-8, with any byte that is not UTF-8 replaced.
    static func readLog(_ url: URL) -> String {
        String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
    }

    static func failure(engine: TeXEngine, status: Int32, log: String, latex: String) -> PDFCompileFailure {
        guard let summary = TeXLogSummary(log: log) else { return .noOutput(engine, status: status) }
        return .latexError(engine, summary, sourceLine: sourceLine(of: summary, in: latex))
    }

    /// The document's line the error is on, when what TeX had read of its `l.NN` line is how that
    /// line of the document begins (otherwise the error was in a file the document loads).
    static func sourceLine(of summary: TeXLogSummary, in latex: String) -> String? {
        guard let number = summary.line, number >= 1 else { return nil }
        let lines = latex.components(separatedBy: "\n")
        guard number <= lines.count else { return nil }
        let line = lines[number - 1]
        let read = (summary.readUpTo ?? "").trimmingCharacters(in: .whitespaces)
        let shown = line.trimmingCharacters(in: .whitespaces)
        // TeX shows a long line's end only, after "...".
        let matches = read.hasPrefix("...") ? shown.contains(read.dropFirst(3)) : shown.hasPrefix(read)
        return matches ? shown : nil
    }
}
