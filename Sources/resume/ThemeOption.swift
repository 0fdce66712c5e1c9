import ArgumentParser
import ResumeKit

/// `--theme`: the theme a command renders or measures in; `ThemeChoice` decides when it is not given.
struct ThemeOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A built-in theme name, or the path of a theme folder (default: meta.theme, else \(ThemeChoice.defaultName)).",
        valueName: "name-or-path"))
    var theme: String?
}

extension LintReporterKind: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
