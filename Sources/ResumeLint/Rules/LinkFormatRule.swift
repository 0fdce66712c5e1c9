import Foundation
import ResumeLoading
import ResumeModel

/// Links and email addresses work when clicked, and a profile's link goes to its network.
struct LinkFormatRule: Rule {
    static let description = RuleDescription(
        id: "link-format",
        name: "Link format",
        rationale: "Links open, and each profile points to its own network",
        defaultSeverity: .warning,
        triggering: [
            """
            basics:
              name: Ada Park
              url: theo.example.com
            """,
            """
            basics:
              name: Ada Park
              email: ada.example.com
            """,
            """
            basics:
              name: Ada Park
              profiles:
                - {network: GitHub, url: "https://gitlab.com/ada"}
            """,
        ],
        nonTriggering: [
            """
            basics:
              name: Ada Park
              email: ada.park@example.com
              url: https://ada.example.com
              profiles:
                - {network: GitHub, url: "https://github.com/ada"}
                - {network: LinkedIn, url: "https://www.linkedin.com/in/ada"}
                - {network: X, url: "https://x.com/ada"}
                - {network: Mastodon, url: "https://sigmoid.social/@ada"}
            work:
              - {name: Acme, url: "http://acme.example.com/careers"}
            """,
        ]
    )

    /// The hosts each known network's profiles live on, keyed by the network's name in lower case.
    static let networkHosts: [String: [String]] = [
        "github": ["github.com"],
        "gitlab": ["gitlab.com"],
        "linkedin": ["linkedin.com"],
        "twitter": ["twitter.com", "x.com"],
        "x": ["twitter.com", "x.com"],
        "twitter/x": ["twitter.com", "x.com"],
        "x/twitter": ["twitter.com", "x.com"],
    ]

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let resume = subject.resume
        var findings: [Diagnostic] = []
        func url(_ path: ValuePath, _ text: String?) {
            if let text, let problem = Self.problem(withURL: text) {
                findings.append(diagnostic(about: path, in: subject, problem))
            }
        }
        url(ValuePath("basics", field: "url"), resume.basics.url)
        if let email = resume.basics.email, !Self.isEmail(email) {
            findings.append(diagnostic(about: ValuePath("basics", field: "email"), in: subject, "email '\(email)' is not a valid address; expected name@domain.tld"))
        }
        for (index, profile) in resume.basics.profiles.enumerated() {
            let path = ValuePath("basics", field: "profiles", item: index, key: "url")
            url(path, profile.url)
            if let text = profile.url, let network = profile.network, let finding = mismatch(network: network, url: text, path: path, in: subject) {
                findings.append(finding)
            }
        }
        var links = EntryLinks(resume: resume)
        SectionKind.visit(SectionKind.allCases, &links)
        for (place, text) in links.links { url(place, text) }
        return findings
    }

    /// What is wrong with `text` as a link, or nil when it is an http(s) URL with a host.
    static func problem(withURL text: String) -> String? {
        if let unsafe = UnsafeLinkScheme(text) {
            return "URL '\(text)' uses '\(unsafe.name):', which is never linked; expected an http or https link"
        }
        guard !text.contains(where: \.isWhitespace) else { return "URL '\(text)' contains a space" }
        guard let components = URLComponents(string: text) else { return "URL '\(text)' is not well-formed" }
        let scheme = components.scheme?.lowercased() ?? ""
        guard text.contains("://") || ["mailto", "tel"].contains(scheme) else {
            return "URL '\(text)' has no scheme; write 'https://\(text)'"
        }
        guard scheme == "http" || scheme == "https" else {
            return "URL '\(text)' uses '\(scheme)'; expected an http or https link"
        }
        guard let host = components.host, !host.isEmpty else { return "URL '\(text)' has no host" }
        guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."), !host.contains("..") else {
            return "URL '\(text)' has host '\(host)', which is not a domain"
        }
        return nil
    }

    /// Whether `text` is an address of the form name@domain.tld.
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    /// A finding when a known network's profile links to another site.
    private func mismatch(network: String, url: String, path: ValuePath, in subject: LintSubject) -> Diagnostic? {
        let key = network.lowercased().filter { !$0.isWhitespace }
        guard let hosts = Self.networkHosts[key], let host = URLComponents(string: url)?.host?.lowercased() else { return nil }
        guard !hosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) else { return nil }
        return diagnostic(
            about: path, in: subject,
            "\(network) profile links to '\(host)'; expected \(hosts.map { "'\($0)'" }.joined(separator: " or "))")
    }
}

/// Every link field of every entry, as the section tables list them.
private struct EntryLinks: SectionVisitor {
    var resume: Resume
    var links: [(ValuePath, String)] = []

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        for field in table.fields where field.kind == .link {
            guard case .text(let path) = field.value else { continue }
            for (index, entry) in table.entries.get(&resume).enumerated() {
                if let text = path(entry) { links.append((ValuePath(table.key, index: index, field: field.key), text)) }
            }
        }
    }
}
