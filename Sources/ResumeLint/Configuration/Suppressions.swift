import Foundation
import ResumeLoading
import ResumeModel

/// Inline suppressions written as YAML comments in a résumé:
///
/// ```yaml
/// - Responsible for the data platform  # resume-lint: disable-line action-verb
/// # resume-lint: disable-next-line item-lines quantified-result
/// # resume-lint: disable first-person
/// # resume-lint: enable first-person
/// ```
///
/// A directive without rule ids applies to every rule. A suppression that suppresses nothing is
/// reported, so stale ones do not pile up.
public struct Suppressions: Sendable {
    /// The id of the findings about suppressions themselves.
    package static let ruleID = "unused-suppression"

    /// One directive, where it is written, and the lines and rules it covers.
    struct Directive {
        var location: SourceLocation
        var lines: ClosedRange<Int>
        /// Empty: every rule.
        var rules: [String]
        var text: String

        func covers(_ diagnostic: Diagnostic) -> Bool {
            guard let rule = diagnostic.rule, rule != Suppressions.ruleID else { return false }
            return lines.contains(diagnostic.location.line) && (rules.isEmpty || rules.contains(rule))
        }
    }

    private var directives: [Directive] = []
    private var problems: [Diagnostic] = []

    /// Reads the directives of a résumé's text; `knownRules` are the ids a directive may name.
    public init(source: String, file: String, knownRules: [String] = Linter.rules.map { type(of: $0).description.id }) {
        var open: [String: SourceLocation] = [:]  // a rule id ("" for all) to where `disable` opened it
        var pending: [(Directive, String)] = []
        let commented = Self.commentedLines(of: source)
        for (number, bytes) in commented.lines {
            let line = Substring(bytes)
            guard let marker = line.range(of: "# resume-lint:") else { continue }
            let column = line[..<marker.lowerBound].unicodeScalars.count + 1
            let location = SourceLocation(file: file, line: number, column: column)
            let words = line[marker.upperBound...].split(whereSeparator: \.isWhitespace).map(String.init)
            guard let command = words.first else {
                problems.append(Diagnostic(.warning, at: location, "a resume-lint comment needs disable, enable, disable-line or disable-next-line", rule: Self.ruleID))
                continue
            }
            let rules = Array(words.dropFirst())
            for rule in rules where !knownRules.contains(rule) {
                var message = "unknown rule '\(rule)' in a resume-lint comment"
                if let suggestion = KeySuggestion.suggest(for: rule, among: knownRules) { message += "; did you mean '\(suggestion)'?" }
                problems.append(Diagnostic(.warning, at: location, message, rule: Self.ruleID))
            }
            let keys = rules.isEmpty ? [""] : rules
            switch command {
            case "disable-line":
                directives.append(Directive(location: location, lines: number...number, rules: rules, text: command))
            case "disable-next-line":
                directives.append(Directive(location: location, lines: (number + 1)...(number + 1), rules: rules, text: command))
            case "disable":
                for key in keys where open[key] == nil { open[key] = location }
            case "enable":
                for key in keys {
                    guard let start = open.removeValue(forKey: key) else {
                        problems.append(Diagnostic(.warning, at: location, "enable without a matching disable", rule: Self.ruleID))
                        continue
                    }
                    pending.append((Directive(location: start, lines: start.line...number, rules: key.isEmpty ? [] : [key], text: "disable"), key))
                }
            default:
                problems.append(Diagnostic(.warning, at: location, "unknown resume-lint command '\(command)'; expected disable, enable, disable-line or disable-next-line", rule: Self.ruleID))
            }
        }
        // A block left open runs to the end of the file.
        for (key, start) in open {
            pending.append((Directive(location: start, lines: start.line...max(start.line, commented.count), rules: key.isEmpty ? [] : [key], text: "disable"), key))
        }
        directives += pending.map(\.0)
    }

    /// The lines of `source` with a `#`, by number, and how many lines it has. A directive is a
    /// comment, so only these are read as text; the rest are only counted, by bytes in memory:
    /// each line's end, and a `#` in it, are found by `memchr`.
    private static func commentedLines(
        of source: String
    ) -> (lines: [(number: Int, text: Substring.UTF8View)], count: Int) {
        var bytes = source
        let (ranges, count) = bytes.withUTF8 { bytes in
            var ranges: [(number: Int, bytes: Range<Int>)] = []
            var number = 1
            var lineStart = 0
            while true {
                let lineEnd = offset(of: UInt8(ascii: "\n"), in: bytes[...], from: lineStart) ?? bytes.count
                if offset(of: UInt8(ascii: "#"), in: bytes[..<lineEnd], from: lineStart) != nil {
                    ranges.append((number, lineStart..<lineEnd))
                }
                guard lineEnd < bytes.count else { break }
                number += 1
                lineStart = lineEnd + 1
            }
            return (ranges, number)
        }
        let utf8 = source.utf8
        let lines = ranges.map { number, bytes in
            let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
            return (number, utf8[start..<utf8.index(start, offsetBy: bytes.count)])
        }
        return (lines, count)
    }

    /// Where `byte` first is in `bytes` at `start` or after, if it is.
    private static func offset(of byte: UInt8, in bytes: Slice<UnsafeBufferPointer<UInt8>>, from start: Int) -> Int? {
        guard start < bytes.endIndex, let base = bytes.base.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.endIndex - start)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The findings no directive covers, plus a warning for each directive that covered nothing
    /// and for each malformed one. A directive that names a rule in `notRun` (or names none)
    /// while rules did not run cannot be told unused, and is not reported.
    public func apply(to diagnostics: [Diagnostic], notRun: Set<String> = []) -> [Diagnostic] {
        var used = Array(repeating: false, count: directives.count)
        let kept = diagnostics.filter { diagnostic in
            let covering = directives.indices.filter { directives[$0].covers(diagnostic) }
            for index in covering { used[index] = true }
            return covering.isEmpty
        }
        let undecided = directives.indices.filter { index in
            !notRun.isEmpty && (directives[index].rules.isEmpty || directives[index].rules.contains(where: notRun.contains))
        }
        let unused = directives.indices.filter { !used[$0] && !undecided.contains($0) }.map { index in
            let directive = directives[index]
            let what = directive.rules.isEmpty ? "any rule" : directive.rules.joined(separator: ", ")
            return Diagnostic(.warning, at: directive.location, "this \(directive.text) suppresses nothing (\(what))", rule: Self.ruleID)
        }
        return (kept + unused + problems).sortedByLocation()
    }
}
