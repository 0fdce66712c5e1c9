import ArgumentParser
import Foundation
import ResumeKit

/// `resume themes`: lists the built-in themes, and starts a user theme from one of them.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the built-in themes, or start your own from one.",
        discussion: """
            A theme is a folder: theme.yaml (name, description, formats, the page layout, paragraph \
            settings and colours that both the LaTeX template and the fit engine read) and Mustache \
            templates per format with a partial per section. A theme may extend another (extends: \
            classic, or extends: ../folder) and then holds only what it changes. Use your own with \
            --theme ./folder.
            """,
        subcommands: [List.self, New.self],
        defaultSubcommand: List.self
    )

    /// `resume themes list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the built-in themes with their formats, descriptions and the theme each extends.")

        func run() throws {
            let themes = Theme.builtinNames.compactMap(Theme.builtin(named:))
            let nameWidth = themes.map(\.name.count).max() ?? 0
            var lines: [String] = []
            for theme in themes {
                let name = theme.name.padded(to: nameWidth)
                let formats = theme.formats.map(\.rawValue).joined(separator: ", ")
                let parent = theme.extends.map { "; extends \($0)" } ?? ""
                lines.append("\(name)  \(theme.description) (\(formats)\(parent))")
            }
            try StandardStreams.writeOutput(lines.joined(separator: "\n") + "\n")
        }
    }

    /// `resume themes new NAME --from classic`
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Start a theme of your own from a built-in theme.",
            discussion: """
                Writes the folder NAME (a path is allowed; its last part becomes the theme's name), \
                ready for --theme ./NAME: a theme.yaml that extends the built-in theme and lists, as \
                comments, every value and template it can override. Everything it does not override \
                stays the built-in theme's and receives its fixes. With --eject, the folder is a \
                standalone copy of every template and every value instead. An existing folder is \
                never touched, and nothing is left behind when writing fails.
                """
        )

        @Argument(help: "The new theme's folder.")
        var name: String

        @Option(help: "The built-in theme to start from.")
        var from = "classic"

        @Flag(help: "Copy every file of the theme, resolved through the themes it extends, instead of extending it.")
        var eject = false

        func run() throws {
            let copy: ThemeCopy
            do {
                copy = try eject ? ThemeCopy(from: from, to: name) : ThemeCopy(extending: from, to: name)
            } catch {
                throw CommandFailure.invalidInput("\(error)")
            }
            guard !FileManager.default.fileExists(atPath: name) else {
                throw CommandFailure.invalidInput("'\(name)' already exists; choose another name or remove it first")
            }
            do {
                try copy.write(to: name)
            } catch {
                throw CommandFailure.outputFailure("cannot write '\(name)': \(error.localizedDescription)")
            }
            let folder = name.hasPrefix("/") || name.hasPrefix(".") ? name : "./" + name
            let what = copy.ejected ? "wrote \(copy.files.count) files to \(name)" : "wrote \(name)/theme.yaml, extending \(from)"
            Terminal.note("\(what); use it with: resume render cv.yaml --theme \(folder)")
        }
    }
}
