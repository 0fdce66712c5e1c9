import ResumeModel

/// Writes findings as GitHub Actions workflow commands, which the runner shows as annotations on
/// the lines of the pull request: `::error file=cv.yaml,line=23,col=9,title=item-lines::message`.
package struct GitHubReporter: Sendable {
    public init() {}

    /// One command per finding, each on its own line, in the order given.
    public func report(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(command).joined()
    }

    func command(_ diagnostic: Diagnostic) -> String {
        let properties = [
            ("file", Self.relative(diagnostic.location.file)),
            ("line", String(diagnostic.location.line)),
            ("col", String(diagnostic.location.column)),
            ("title", diagnostic.rule ?? Diagnostic.loadRuleID),
        ]
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(Self.command(for: diagnostic.severity)) \(list)::\(Self.escapeData(diagnostic.message))\n"
    }

    private static func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        }
    }

    /// The path without a leading `./`, as the runner matches it against the files of the pull request.
    static func relative(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }

    /// The runner's escaping for a message: the percent sign first, so the others stay intact.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value also escapes the separators of the property list.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text)
            .replacingOccurrences(of: ":", with: "%3A")
            .replacingOccurrences(of: ",", with: "%2C")
    }
}
