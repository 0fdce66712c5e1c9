import Foundation
import ResumeModel
import ResumeSupport

/// Writes findings as a SARIF 2.1.0 log, the format code-scanning services take uploads in.
package struct SARIFReporter: Sendable {
    /// The rules the log describes; results of other rules (such as loading problems) carry no index.
    public var rules: [RuleDescription]
    /// The version the log names for the tool; tests pin it so golden files outlive releases.
    package var toolVersion: String
    /// Where people can read about the tool, shown by code-scanning services; none until it has a public home.
    package var informationURI: String?

    public init(
        rules: [RuleDescription] = Linter.ruleDescriptions, toolVersion: String = ResumeKitVersion.current,
        informationURI: String? = nil
    ) {
        self.rules = rules
        self.toolVersion = toolVersion
        self.informationURI = informationURI
    }

    /// The log for these findings, in the order given, as pretty-printed JSON with sorted keys.
    public func report(_ diagnostics: [Diagnostic]) -> String {
        let indices = Dictionary(rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let log = Log(runs: [
            Run(
                tool: Tool(
                    driver: Driver(
                        name: "resume",
                        version: toolVersion,
                        informationUri: informationURI,
                        rules: rules.map(ReportingDescriptor.init))),
                results: diagnostics.map { diagnostic in
                    let ruleID = diagnostic.rule ?? Diagnostic.loadRuleID
                    return Result(
                        ruleId: ruleID,
                        ruleIndex: indices[ruleID],
                        level: Level(diagnostic.severity),
                        message: Message(text: diagnostic.message),
                        locations: [Location(diagnostic)])
                })
        ])
        return EncodedJSON.text(log)
    }

    /// A path as a relative URI reference: forward slashes, no leading `./`, reserved characters escaped.
    static func uri(for path: String) -> String {
        var path = path.replacingOccurrences(of: "\\", with: "/")
        while path.hasPrefix("./") { path.removeFirst(2) }
        let escaped = path.addingPercentEncoding(withAllowedCharacters: uriPathAllowed) ?? path
        return path.hasPrefix("/") ? "file://" + escaped : escaped
    }

    /// RFC 3986 path characters without `%`, so a literal percent sign is escaped, and without `:`, which a
    /// relative reference cannot have in its first segment.
    private static let uriPathAllowed: CharacterSet = {
        var allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=@/")
        allowed.remove("%")
        return allowed
    }()
}

extension Diagnostic {
    /// The rule id reporters give a finding that no lint rule made: a problem loading the file.
    package static let loadRuleID = "load"
}

extension Linter {
    /// The description of every rule, in documented order.
    package static var ruleDescriptions: [RuleDescription] {
        rules.map { type(of: $0).description }
    }
}

private extension SARIFReporter {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        /// Columns count Unicode scalars, as `SourceLocation` does.
        var columnKind = "unicodeCodePoints"
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var version: String
        var informationUri: String?
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var defaultConfiguration: Configuration

        init(_ rule: RuleDescription) {
            id = rule.id
            name = rule.name
            shortDescription = Message(text: rule.rationale)
            defaultConfiguration = Configuration(level: Level(rule.defaultSeverity))
        }
    }

    struct Configuration: Encodable {
        var level: Level
    }

    enum Level: String, Encodable {
        case error, warning

        init(_ severity: Severity) {
            switch severity {
            case .error: self = .error
            case .warning: self = .warning
            }
        }
    }

    struct Message: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: Level
        var message: Message
        var locations: [Location]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
        /// The model path of the value, such as `work[0].highlights[2]`, when the finding is about one.
        var logicalLocations: [LogicalLocation]?

        init(_ diagnostic: Diagnostic) {
            physicalLocation = PhysicalLocation(
                artifactLocation: ArtifactLocation(uri: SARIFReporter.uri(for: diagnostic.location.file)),
                region: Region(startLine: max(1, diagnostic.location.line), startColumn: max(1, diagnostic.location.column)))
            logicalLocations = diagnostic.path.map { [LogicalLocation(fullyQualifiedName: $0.description)] }
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    struct LogicalLocation: Encodable {
        var fullyQualifiedName: String
    }
}
