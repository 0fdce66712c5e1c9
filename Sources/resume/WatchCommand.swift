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

    @Option(name: .shortAndLong, help: "The output format: \(RenderTarget.list) (default: from the extension of --output).")
    var format: RenderTarget?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write on start and after every save.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp(
        "A built-in theme name, or the path of a theme folder (default: meta.theme, else classic).", valueName: "name-or-path"))
    var theme: String?

    @Option(help: "Line width of plain-text output, in columns (wide East Asian characters count as two).")
    var width: Int = 80

    @OptionGroup var variant: VariantOptions

    func validate() throws {
        if format == nil, RenderTarget(fileExtension: URL(fileURLWithPath: output).pathExtension) == nil {
            let formats = RenderTarget.allCases.map(\.rawValue).joined(separator: "|")
            throw ValidationError("cannot tell the format from '\(output)'; add --format \(formats)")
        }
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CommandFailure.invalidInput("\(file): no such file")
        }
        try OutputFile(path: output).refuseToOverwrite(input: file)
        // Checked once here, so that a mistyped option ends the command instead of every rebuild.
        _ = try RenderCommand.parse(renderArguments)

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
    /// The `render` command line for the same file, output and options.
    var renderArguments: [String] {
        var arguments = [file, "--output", output, "--width", "\(width)"]
        if let format { arguments += ["--format", format.rawValue] }
        if let theme { arguments += ["--theme", theme] }
        if let lang = variant.lang { arguments += ["--lang", lang] }
        if let tags = variant.tags { arguments += ["--tags", tags] }
        return arguments
    }

    /// Renders and lints once, printing the findings and the summary line; on a failure, prints
    /// why and leaves the output as the last good build wrote it.
    func build(lastWritten: inout String?, interrupt: Interrupt) {
        let time = Self.clock.string(from: Date())
        do {
            try RenderCommand.parse(renderArguments).run()
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
            let check = try WatchLint.check(file: file, theme: theme, options: variant.loadOptions)
            let errors = check.diagnostics.filter { $0.severity == .error }.count
            let warnings = check.diagnostics.filter { $0.severity == .warning }.count
            Self.say(
                DiagnosticFormatter(colored: Terminal.colorsStandardOutput).format(check.diagnostics, source: check.source)
                    + "\(time) \(file) → \(output) · \(check.pages.map { "\($0) page\($0 == 1 ? "" : "s")" } ?? "pages not measured")"
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

/// What `watch` reports of a lint: the findings `lint` would print for the variant rendered, and
/// the page count, nil when the fit could not be measured (a finding says why).
private struct WatchLint {
    var diagnostics: [Diagnostic]
    var source: String
    var pages: Int?

    static func check(file: String, theme: String?, options: LoadOptions) throws -> WatchLint {
        // A fresh theme cache each time, so that edits to a theme folder are seen too.
        let checker = LintFileChecker(
            theme: theme, variant: options, languageChosen: true, measuresLineSavers: false, themes: ThemeCache())
        let checked = try checker.check(file)
        guard let variant = checked.variants.first else {
            throw CommandFailure.invalidInput("\(file): changed while it was checked; it is checked again on the next save")
        }
        return WatchLint(diagnostics: variant.findings, source: checked.loaded.source, pages: variant.report?.pages)
    }
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
