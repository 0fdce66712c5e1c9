import ResumeModel

/// The post's seven sections are all there, and the header says who you are and how to reach you.
struct RequiredSectionsRule: Rule {
    static let description = RuleDescription(
        id: "required-sections",
        name: "Required sections",
        rationale: "The post's seven sections and a way to reach you",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park, email: ada@example.com}
            work:
              - name: Acme
            """,
            """
            basics: {name: Ada Park}
            education: [{institution: Lakemere}]
            work: [{name: Acme}]
            projects: [{name: tinyslu}]
            awards: [{title: 1st Place}]
            researchInterests: [{name: Dialogue Systems}]
            teaching: [{organization: ML Meetup}]
            skills: [{name: Languages}]
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park, email: ada@example.com}
            education: [{institution: Lakemere}]
            work: [{name: Acme}]
            projects: [{name: tinyslu}]
            awards: [{title: 1st Place}]
            researchInterests: [{name: Dialogue Systems}]
            teaching: [{organization: ML Meetup}]
            skills: [{name: Languages}]
            """,
            """
            basics:
              name: Ada Park
              profiles: [{network: GitHub, url: "https://github.com/ada"}]
            education: [{institution: Lakemere}]
            work: [{name: Acme}]
            projects: [{name: tinyslu}]
            skills: [{name: Languages}]
            meta:
              sections:
                - {section: awards, hidden: true}
                - {section: researchInterests, hidden: true}
                - {section: teaching, hidden: true}
            """,
        ]
    )

    /// The sections the post lays out, in its order.
    static let required: [SectionKind] = [.education, .work, .projects, .awards, .researchInterests, .teaching, .skills]

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let resume = subject.resume
        let hidden = Set(resume.meta.sections.filter(\.hidden).map(\.section))
        let localization = resume.localization
        var findings: [Diagnostic] = []
        for section in Self.required where resume.isEmpty(section) && !hidden.contains(section) {
            let key = section.rawValue
            let place = ValuePath(key)
            let present = resume.sourceMap[place] != nil
            let state = present ? "is empty" : "is missing"
            var finding = diagnostic(
                at: subject.location(of: place),
                "section '\(key)' (\(localization.title(of: section))) \(state); fill it in, or hide it on purpose with meta.sections: [{section: \(key), hidden: true}]")
            if present { finding.path = place }
            findings.append(finding)
        }
        let basics = resume.basics
        if basics.name.isEmpty {
            findings.append(diagnostic(about: ValuePath("basics"), in: subject, "basics has no name"))
        }
        let contacts = [basics.email, basics.phone, basics.url].compactMap { $0 } + basics.profiles.compactMap { $0.url ?? $0.username }
        if contacts.isEmpty {
            findings.append(diagnostic(about: ValuePath("basics"), in: subject, "basics has no way to reach you; add an email, phone, url or a profile"))
        }
        return findings
    }
}
