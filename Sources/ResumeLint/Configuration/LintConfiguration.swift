import Foundation
import Yams
import ResumeLoading
import ResumeModel
import ResumeSupport

/// What a `.resume-lint.yaml` says: for each rule, off or a severity, and its options.
///
/// ```yaml
/// rules:
///   first-person: off
///   item-lines: error
///   page-count: {max: 1}
///   short-last-line: {severity: warning, words: 1}
/// ```
package struct LintConfiguration: Sendable, Equatable {
    /// The name looked for beside a résumé and in its parent folders.
    public static let fileName = ".resume-lint.yaml"

    /// Severity overrides by rule id; nil turns a rule off.
    package var severities: [String: Severity?] = [:]
    /// Option values by rule id.
    public var options: [String: [String: Int]] = [:]
    /// The `spelling` key: the user's own words and the dictionary's language.
    public var spelling = SpellingSettings()
    /// The file it was read from, if any.
    public var file: String?

    public init() {}

    /// The configuration that applies to a résumé: the nearest `.resume-lint.yaml` in its folder
    /// or a parent folder, or the defaults when there is none.
    package static func nearest(to resume: URL) throws -> LintConfiguration {
        var folder = resume.deletingLastPathComponent().standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                return try load(contentsOf: candidate)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return LintConfiguration() }
            folder = parent
        }
    }

    /// The largest configuration file read: a few rules take a few hundred bytes.
    static let sizeLimit = 256 << 10

    /// Reads a configuration file; every problem in it is reported at once.
    public static func load(contentsOf url: URL) throws -> LintConfiguration {
        func refused(_ reason: String) -> ConfigurationProblems {
            ConfigurationProblems(source: "", diagnostics: [
                Diagnostic(.error, at: SourceLocation(file: url.relativePath, line: 1, column: 1), "cannot read the lint configuration: \(reason)"),
            ])
        }
        let text: String
        switch try? BoundedFile.contents(of: url.path, limit: sizeLimit) {
        case .bytes(let data)?:
            guard let decoded = String(validating: data, as: UTF8.self) else { throw refused("it is not UTF-8 text") }
            text = decoded
        case .tooLarge?: throw refused("it is larger than \(sizeLimit >> 10) KB, more than any configuration needs")
        case nil: throw refused("permission denied")
        }
        return try parse(text, file: url.relativePath)
    }

    /// Parses configuration text, checking rule ids, severities and options against the rules.
    public static func parse(_ text: String, file: String, rules: [any Rule] = Linter.rules) throws -> LintConfiguration {
        var problems: [Diagnostic] = []
        var configuration = LintConfiguration()
        configuration.file = file
        let lines = YAMLLineMap(text)
        func report(_ node: Node?, _ message: String) {
            problems.append(Diagnostic(.error, at: lines.location(of: node?.mark, in: file), message))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            report(nil, "the lint configuration is not valid YAML: \(error)")
            throw ConfigurationProblems(source: text, diagnostics: problems)
        }
        guard let root else { return configuration }
        guard let top = root.mapping else {
            report(root, "expected a mapping with a 'rules' key")
            throw ConfigurationProblems(source: text, diagnostics: problems)
        }
        let descriptions = Dictionary(uniqueKeysWithValues: rules.map { (type(of: $0).description.id, type(of: $0).description) })
        for (keyNode, value) in top {
            if keyNode.string == "spelling" {
                configuration.spelling = spelling(value, report: report)
                continue
            }
            guard keyNode.string == "rules" else {
                report(keyNode, unknown("key '\(keyNode.string ?? "")'", among: ["rules", "spelling"], keyNode.string ?? ""))
                continue
            }
            guard let ruleMap = value.mapping else {
                report(value, "expected a mapping of rule ids for 'rules'")
                continue
            }
            for (idNode, setting) in ruleMap {
                let id = idNode.string ?? ""
                guard let description = descriptions[id] else {
                    report(idNode, unknown("rule '\(id)'", among: Array(descriptions.keys).sorted(), id))
                    continue
                }
                if let word = setting.scalar?.string {
                    if let severity = severity(word) {
                        configuration.severities.updateValue(severity, forKey: id)  // nil stays, meaning off
                    } else {
                        report(setting, "'\(word)' for \(id); expected off, warning or error, or a mapping of options")
                    }
                    continue
                }
                guard let options = setting.mapping else {
                    report(setting, "expected off, warning, error or a mapping of options for \(id)")
                    continue
                }
                for (optionNode, valueNode) in options {
                    let name = optionNode.string ?? ""
                    if name == "severity" {
                        if let word = valueNode.string, let severity = severity(word) {
                            configuration.severities.updateValue(severity, forKey: id)
                        } else {
                            report(valueNode, "expected off, warning or error for \(id).severity")
                        }
                    } else if description.options[name] != nil {
                        if let number = valueNode.string.flatMap({ Int($0) }), number >= 0 {
                            configuration.options[id, default: [:]][name] = number
                        } else {
                            report(valueNode, "expected a whole number for \(id).\(name)")
                        }
                    } else {
                        report(optionNode, unknown("option '\(name)' for \(id)", among: ["severity"] + description.options.keys.sorted(), name))
                    }
                }
            }
        }
        if !problems.isEmpty { throw ConfigurationProblems(source: text, diagnostics: problems) }
        return configuration
    }

    /// Applies the severity overrides: findings of rules turned off go, others take their new severity.
    public func apply(to diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard let rule = diagnostic.rule, let override = severities[rule] else { return diagnostic }
            guard let severity = override else { return nil }
            var changed = diagnostic
            changed.severity = severity
            return changed
        }
    }

    /// The `spelling` mapping: `words`, a list of words, and `language`, a language tag.
    private static func spelling(_ node: Node, report: (Node?, String) -> Void) -> SpellingSettings {
        guard let mapping = node.mapping else {
            report(node, "expected a mapping with 'words' and 'language' for 'spelling'")
            return SpellingSettings()
        }
        var words: Set<String> = []
        var language: String?
        for (keyNode, value) in mapping {
            switch keyNode.string {
            case "words":
                guard let list = value.sequence else {
                    report(value, "expected a list of words for spelling.words, such as [Kakao, Naver]")
                    continue
                }
                for item in list {
                    guard let word = item.scalar?.string.trimmingWhitespace, !word.isEmpty, !word.contains(where: \.isWhitespace) else {
                        report(item, "expected one word (no spaces) in spelling.words")
                        continue
                    }
                    words.insert(word)
                }
            case "language":
                guard let tag = value.scalar?.string, LoadOptions.isValidLanguage(tag) else {
                    report(value, "expected a language tag such as en-US or en-GB for spelling.language")
                    continue
                }
                language = tag
            default:
                report(keyNode, unknown("key '\(keyNode.string ?? "")' for spelling", among: ["language", "words"], keyNode.string ?? ""))
            }
        }
        return SpellingSettings(words: words, language: language)
    }

    /// `off` (nil inside), `warning` or `error`; nil for anything else.
    private static func severity(_ word: String) -> Severity?? {
        switch word {
        case "off": .some(nil)
        case "warning": .some(.warning)
        case "error": .some(.error)
        default: nil
        }
    }

    private static func unknown(_ what: String, among known: [String], _ name: String) -> String {
        var message = "unknown \(what)"
        if let suggestion = KeySuggestion.suggest(for: name, among: known) { message += "; did you mean '\(suggestion)'?" }
        return message
    }
}

/// The problems of a lint configuration file, each with its place.
public struct ConfigurationProblems: Error, Sendable {
    /// The file's text, for showing source lines under the problems.
    public var source: String
    public var diagnostics: [Diagnostic]
}
