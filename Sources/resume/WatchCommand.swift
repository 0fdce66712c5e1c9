import ArgumentParser
import Foundation
import ResumeKit

/// `resume watch`: renders and lints a résumé on start and again on every save, until Ctrl-C.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Render and lint a résumé again every time it is saved.",
        discussion: """
            Renders FILE to --output and lints it, then does both again whenever the file is \
            saved, printing one line each time:

              12:04:31 cv.yaml → cv.pdf · 2 pages · 0 errors, 3 warnings

            Lint findings are printed above that line. A save that leaves the résumé invalid \
            prints its errors as FILE:LINE:COL and keeps the last good output as it was; the \
            next good save replaces it. Editors that save by writing a new file and renaming it \
            are followed too. The format follows the extension of --output unless --format \
            is given. Stop with Ctrl-C (exit code 0).

            Examples:
              resume watch cv.yaml -o cv.pdf
              resume watch cv.yaml --format html -o cv.html --theme modern
            """
    )

    @Argument(help: "The résumé YAML file to watch.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var file: String

    @Option(name: .shortAndLong, help: "The output format: \(RenderFormat.list) (default: from the extension of --output).")
    var format: RenderFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write on start and after every save.", valueName: "file"))
    var output: String

    @OptionGroup var theme: ThemeOption

    @Option(help: "Line width of plain-text output, in columns (wide East Asian characters count as two).")
    var width: Int = 80

    @OptionGroup var variant: VariantOptions

    func validate() throws {
        if file == StandardInput.path { throw ValidationError("watch follows a file as it is saved; standard input ('-') is read once") }
        try RenderCommand.validate(width: width, format: format, output: output)
        if format == nil, RenderFormat(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            let formats = RenderFormat.allCases.map(\.rawValue).joined(separator: "|")
            throw ValidationError("cannot tell the format from '\(output)'; add --format \(formats)")
        }
    }

    func run() throws {
        guard FileSnapshot(path: file) != nil else {
            throw CommandFailure.invalidInput("\(file): no such file")
        }
        try OutputFile(path: output).refuseToOverwrite(input: file)

        let interrupt = Interrupt()
        var detector = SaveDetector(current: FileSnapshot(path: file))
        var lastWritten: String?
        build(lastWritten: &lastWritten, interrupt: interrupt)
        while !interrupt.wait(seconds: 0.2) {
            if detector.observe(FileSnapshot(path: file)) {
                build(lastWritten: &lastWritten, interrupt: interrupt)
            }
        }
    }
}

private extension WatchCommand {
    /// The render each save makes: `render` with the same file, output and options.
    var render: RenderJob {
        RenderJob(input: file, output: output, format: format, theme: theme.theme, width: width, load: variant.loadOptions)
    }

    /// The check each save makes: the variant rendered, its line-savers measured only when a finding needs them.
    var checker: ResumeChecker {
        // A fresh theme cache each time, so that edits to a theme folder are seen too.
        ResumeChecker(options: ResumeChecker.Options(
            theme: theme.theme, load: variant.loadOptions, languageChosen: true, measuresEveryLineSaver: false))
    }

    /// Renders and lints once, printing the findings and the summary line; on a failure, prints
    /// why and leaves the output as the last good build wrote it.
    func build(lastWritten: inout String?, interrupt: Interrupt) {
        let time = Self.clock.string(from: Date())
        do {
            try RenderCommand.render(render)
            lastWritten = time
        } catch {
            // Ctrl-C stops a running TeX too: that is no failure to report.
            guard !interrupt.isRequested else { return }
            Terminal.printError((error as? CommandFailure)?.message ?? "\(error)")
            let kept = lastWritten.map { "the output from \($0) is kept" } ?? "nothing written yet"
            Self.say("\(time) \(file) → \(output) failed · \(kept)")
            return
        }
        do {
            let checked = checker.check(file)
            try LintCommand.stopOnProblems([checked])
            guard let variant = checked.variants.first else {
                throw CommandFailure.invalidInput("\(file): changed while it was checked; it is checked again on the next save")
            }
            let errors = variant.findings.filter { $0.severity == .error }.count
            let warnings = variant.findings.filter { $0.severity == .warning }.count
            Self.say(
                DiagnosticFormatter(colored: Terminal.colorsStandardOutput).format(variant.findings, source: checked.loaded.source)
                    + "\(time) \(file) → \(output) · \(variant.report.map { "\($0.pages) page\($0.pages == 1 ? "" : "s")" } ?? "pages not measured")"
                    + " · \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        } catch {
            Terminal.printError((error as? CommandFailure)?.message ?? "\(error)")
            Self.say("\(time) \(file) → \(output) · not linted")
        }
    }

    /// Writes a line to standard output at once, since a pipe would otherwise hold it back.
    static func say(_ text: String) {
        // A line that cannot be written is lost, but watching goes on: the output file is the result.
        try? StandardStreams.writeOutput(text.hasSuffix("\n") ? text : text + "\n")
    }

    static let clock: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm:ss"
        return formatter
    }()
}

/// Ctrl-C (SIGINT) and SIGTERM as a request to stop at the next poll, instead of ending the
/// process wherever it is.
private final class Interrupt: @unchecked Sendable {
    private let arrived = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var requested = false
    private var sources: [DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [unowned self] in
                lock.withLock { requested = true }
                arrived.signal()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a stop was requested.
    var isRequested: Bool { lock.withLock { requested } }

    /// Waits up to `seconds`; true when a stop was requested.
    func wait(seconds: Double) -> Bool {
        _ = arrived.wait(timeout: .now() + seconds)
        return isRequested
    }
}
