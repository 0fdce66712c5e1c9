import ArgumentParser
import Foundation
import ResumeKit

/// `resume stats`: where the space of a résumé goes, item by item.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show the page count and the lines each item takes, with what it takes to save a line.",
        discussion: """
            Each highlight, summary and description is listed with the number of lines it renders \
            to in the theme and how many characters would have to go for it to take a line less.

            --format svg draws the pages as a reader would glance at them: each heading, entry \
            and item a box as tall as its lines at its place on the page, the lines free on the \
            last page, and in orange the items a small cut would save a line of, with the \
            characters to cut; hover over a box for its path and line in the file. --format html \
            puts the same picture on a page with the summary.

            A theme the fit engine cannot measure (one whose LaTeX uses block macros of its own) \
            is reported as an error at the file, saying why, and the command exits with 1.
            """
    )

    @Argument(help: "The résumé YAML file ('-' for standard input).")
    var file: String

    @OptionGroup var theme: ThemeOption

    @Option(name: .shortAndLong, help: "Output format: \(StatsFormat.list).")
    var format: StatsFormat = .text

    @OptionGroup var variant: VariantOptions

    func run() throws {
        let checker = ResumeChecker(
            options: ResumeChecker.Options(
                theme: theme.theme, load: variant.loadOptions, languageChosen: true, runsRules: false))
        let checked = checker.check(file)
        let name = StandardInput.name(of: file)
        let loaded = try LoadedResume(checked.loaded, path: name)
        try LintCommand.stopOnProblems([checked])
        guard let variant = checked.variants.first else { return }
        guard let report = variant.report else {
            // Nothing to list: say what could not be measured, and exit as lint does for an error.
            Terminal.report(variant.findings, source: loaded.source)
            try StandardStreams.writeOutput("\(name): \(FitSummary.unmeasured)\n")
            throw ExitCode(ExitStatus.outputFailure)
        }
        switch format {
        case .text:
            try StandardStreams.writeOutput("\(name): \(FitSummary.describe(report))\n\n" + StatsTable(items: report.items).text)
        case .svg:
            try StandardStreams.writeOutput(FitPicture(report: report, file: name).svg)
        case .html:
            try StandardStreams.writeOutput(FitPicture(report: report, file: name).html)
        }
    }
}

/// What `resume stats` writes: the item table, or the picture of the fit.
enum StatsFormat: String, CaseIterable, ExpressibleByArgument {
    case text, svg, html

    /// `text, svg or html`
    static var list: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

/// The item table of `resume stats`, aligned in columns.
struct StatsTable {
    var items: [FitItem]

    var text: String {
        let header = ["item", "page", "line", "lines", "to save a line"]
        let rows = items.map { item in
            [
                item.path.description, String(item.page), String(item.line), String(item.lines) + (item.approximate ? "~" : ""),
                item.charsToSaveLine.map { "cut \($0) character\($0 == 1 ? "" : "s")" } ?? "-",
            ]
        }
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let rightAligned: Set<Int> = [1, 2, 3]
        return all.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trimmingTrailingSpaces() + "\n"
        }.joined()
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
