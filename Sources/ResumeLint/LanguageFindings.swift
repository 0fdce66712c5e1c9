import ResumeModel

/// Joins the findings of one file linted once per language of its multi-language text.
///
/// A finding every language shares (a date out of order, a missing section) is reported once, in
/// the first language's words; one that only some languages have (a highlight too long in German)
/// says which, as `[de]`. Findings are the same when rule, severity, place and path are.
package enum LanguageFindings {
    /// The findings to report for each language, in the order given.
    package static func merge(_ languages: [(language: String?, findings: [Diagnostic])]) -> [[Diagnostic]] {
        guard languages.count > 1 else { return languages.map(\.findings) }
        let keys = languages.map { Set($0.findings.map(Key.init)) }
        let shared = keys.dropFirst().reduce(keys[0]) { $0.intersection($1) }
        return languages.enumerated().map { index, variant in
            let common = index == 0 ? variant.findings.filter { shared.contains(Key($0)) } : []
            let own = variant.findings.filter { !shared.contains(Key($0)) }.map { finding in
                var finding = finding
                finding.message += " [\(variant.language ?? "?")]"
                return finding
            }
            return (common + own).sortedByLocation()
        }
    }

    /// What makes two languages' findings the same finding.
    private struct Key: Hashable {
        let rule: String?
        let severity: Severity
        let location: SourceLocation
        let path: ValuePath?

        init(_ finding: Diagnostic) {
            (rule, severity, location, path) = (finding.rule, finding.severity, finding.location, finding.path)
        }
    }
}
