import Foundation
import ResumeLoading
import ResumeSupport

/// The ways `resume fit` writes its answer.
public enum FitAnswerFormat: String, Sendable, CaseIterable {
    /// Sentences and an aligned table, for a person.
    case human
    /// One JSON object, for tools.
    case json

    public static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The answer for the résumé `file`; `written` says whether `--write` recorded the values.
    public func text(_ answer: FitAnswer, file: String, written: Bool) throws -> String {
        switch self {
        case .human: return FitAnswerText(answer: answer, file: file, written: written).text
        case .json:
            guard case .object(var fields) = try JSONValue(encoding: answer) else { return "" }
            fields["file"] = .string(file)
            fields["written"] = .bool(written)
            fields["trims"] = fields["trims"] ?? .null  // null, not missing, when the layout is enough
            return JSONValue.object(fields).formatted
        }
    }
}

/// The human answer: what the résumé sets in now, the values that change, the result, and where to
/// trim when the layout is not enough.
struct FitAnswerText {
    let answer: FitAnswer
    let file: String
    let written: Bool

    var text: String {
        let target = count(answer.targetPages, "page")
        var lines = ["\(file): \(describe(answer.before, theme: answer.theme)); asked for \(target)"]
        let changed = answer.settings.filter(\.changed)
        switch answer.outcome {
        case .fits where changed.isEmpty:
            lines.append("it fits \(target) as it is; nothing to change")
        case .fits:
            lines.append("fits \(target) with:")
        case .needsTrimming where answer.settings.isEmpty:
            lines.append("theme \(answer.theme) has no fit: ranges, so its layout cannot move; trim the text:")
        case .needsTrimming:
            lines.append("even the tightest setting the theme allows makes \(describe(answer.after)); trim the text:")
        case .cannotFill:
            lines.append("even the most generous setting the theme allows makes \(describe(answer.after)), short of \(target)")
        }
        if answer.outcome == .fits, !changed.isEmpty {
            lines += table(changed.map { [$0.knob.rawValue, "\($0.from) → \($0.to)", "(range \($0.rangeFrom) to \($0.rangeTo))"] })
            lines.append("result: \(describe(answer.after))")
            if written {
                lines.append("recorded in meta.layout of \(file)")
            } else if file != StandardInput.displayName {
                lines.append("add --write to record these values in meta.layout")
            } else {
                lines.append("set these values in the résumé's meta.layout (standard input cannot be written back)")
            }
        }
        if let trims = answer.trims { lines += trimLines(trims) }
        if answer.approximate {
            lines.append("note: some text has no exact metrics (it is set by XeLaTeX), so these lines are estimates; check with resume lint --verify")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func trimLines(_ trims: TrimAdvice) -> [String] {
        var lines: [String] = []
        let over = count(trims.linesOver, "line")
        if trims.cuts.count < trims.linesOver {
            lines.append(
                "about \(over) over; a line from every item that can lose one saves \(count(trims.cuts.count, "line")), "
                    + "not enough: cut deeper or remove items; the cheapest lines:")
        } else {
            lines.append("about \(over) over; cut \(count(trims.charactersToCut, "character")) in \(count(trims.cuts.count, "item")), one line each:")
        }
        lines += table(trims.cuts.map { cut in
            ["\(file):\(cut.line):\(cut.column)", cut.path.description, "cut \(count(cut.characters, "character"))" + (cut.singleWord ? " (a word alone on its last line)" : "")]
        })
        if let measured = trims.withCuts {
            lines.append("with these cuts, at the tightest setting: \(describe(measured))")
        }
        let single = trims.singleWords.filter { word in !trims.cuts.contains { $0.path == word.path } }
        if !single.isEmpty {
            lines.append("a word alone on its last line, costing a line each:")
            lines += table(single.map { ["\(file):\($0.line):\($0.column)", $0.path.description] })
        }
        if !trims.pastTheBreak.isEmpty {
            lines.append("past the page break:")
            lines += table(trims.pastTheBreak.map { ["\(file):\($0.line):\($0.column)", $0.path.description, "first on page \($0.page)"] })
        }
        return lines
    }

    /// "2 pages in theme classic, 24 lines free on the last page"
    func describe(_ result: FitAnswer.Result, theme: String? = nil) -> String {
        "\(count(result.pages, "page"))\(theme.map { " in theme \($0)" } ?? ""), "
            + "\(count(result.lastPageFreeLines, "line")) free on the last page"
    }

    func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// Rows indented and aligned in columns.
    func table(_ rows: [[String]]) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            "  " + row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
    }
}
