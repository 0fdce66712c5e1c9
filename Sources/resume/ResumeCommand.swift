import ArgumentParser
import Foundation
import ResumeKit

/// The `resume` command: its subcommands, and the one place where errors become exit codes.
@main
struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Turn one YAML résumé into HTML, LaTeX, plain text and PDF, and check that it fits.",
        discussion: """
            Write your résumé once in YAML (JSON Resume field names, plus the sections \
            Research Interests and Teaching & Extracurricular) and render it in any format.

            EXIT CODES
              0  success
              1  lint found an error (or a warning, with --strict), lint --verify
                 disagreed with TeX, the output could not be written (a full disk, a
                 closed standard output or error), TeX ran too long or made no PDF,
                 or an internal error
              2  invalid input (the résumé has errors, the theme is broken or its LaTeX
                 does not compile) or invalid usage; TeX, or a package or font a PDF
                 needs, is not installed
            """,
        version: ResumeKitVersion.current,
        subcommands: [RenderCommand.self, LintCommand.self, StatsCommand.self, InitCommand.self, ImportCommand.self, ThemesCommand.self, SchemaCommand.self, HookCommand.self, WatchCommand.self]
    )

    /// Runs the command, mapping every failure to a documented exit code instead of a stack trace.
    static func main() {
        StandardStreams.reserveClosedDescriptors()
        do {
            let arguments = RawArguments.arguments()
            var command = try QuickParse.command(arguments) ?? parseAsRoot(arguments)
            try command.run()
            exitNotingLostMessages(ExitStatus.success)
        } catch let failure as CommandFailure {
            Terminal.printError(failure.message)
            Foundation.exit(failure.exitCode)
        } catch let exit as ExitCode {
            exitNotingLostMessages(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                Self.exit(withError: error)  // --help and --version print and exit 0
            }
            let message = fullMessage(for: error)
            Terminal.printError(message.hasPrefix("Error: ") ? "error: " + message.dropFirst(7) : message)
            Foundation.exit(code == .validationFailure ? ExitStatus.invalidInput : code.rawValue)
        }
    }
}

/// Ends with `status`, or with 1 when a message could not be written to standard error: a run
/// whose warnings were lost does not pass as a clean one.
private func exitNotingLostMessages(_ status: Int32) -> Never {
    Foundation.exit(status == ExitStatus.success && StandardStreams.hasLostMessages ? ExitStatus.outputFailure : status)
}

/// The exit codes scripts can rely on.
enum ExitStatus {
    static let success: Int32 = 0
    static let outputFailure: Int32 = 1
    static let invalidInput: Int32 = 2
}

/// A failure the user can act on: a message for standard error and the exit code to leave with.
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32

    static func invalidInput(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: ExitStatus.invalidInput)
    }

    static func outputFailure(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: ExitStatus.outputFailure)
    }
}

/// Parses the busiest commands — `lint` and `render` with plain arguments — without building the
/// whole command tree, which is a noticeable part of a short run; `lint` with nothing but file
/// names, the pre-commit hook's call, skips the argument parser altogether. Anything else, and
/// any arguments these do not accept, go through the full parser, so help and error messages
/// stay exactly the argument parser's. `QuickParseTests` proves that `LintCommand(files:)` is the
/// command the argument parser makes from the same file names, option by option.
enum QuickParse {
    static func command(_ arguments: [String]) -> ParsableCommand? {
        guard let name = arguments.first,
              !arguments.contains(where: { $0 == "-h" || $0 == "--help" || $0.hasPrefix("--generate-") || $0.hasPrefix("--experimental") })
        else { return nil }
        let rest = Array(arguments.dropFirst())
        switch name {
        case LintCommand.configuration.commandName:
            if !rest.isEmpty, !rest.contains(where: { $0.hasPrefix("-") }) { return LintCommand(files: rest) }
            return try? LintCommand.parse(rest)
        case RenderCommand.configuration.commandName: return try? RenderCommand.parse(rest)
        default: return nil
        }
    }
}

/// The command line as the bytes it was given: Swift turns bytes that are not UTF-8 into U+FFFD,
/// so a file name in another encoding would name a file that does not exist. Such an argument is
/// passed on as its shown name (`cv\xFF.yaml`), registered with its bytes, which reading opens.
enum RawArguments {
    /// The arguments after the command's name.
    static func arguments() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            return ForeignFileNames.register(Array(UnsafeRawBufferPointer(start: argument, count: strlen(argument))))
        }
    }
}
