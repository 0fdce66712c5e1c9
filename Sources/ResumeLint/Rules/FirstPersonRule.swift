import ResumeModel

/// Résumé lines leave out their subject: "Led …", not "I led …".
///
/// A pronoun of two or more letters written all in capitals ("US", "ME") is read as an
/// abbreviation (the country, the state) and not flagged; "I" is always the pronoun. Words joined
/// by a slash or hyphen ("I/O", "US-based") are other words.
struct FirstPersonRule: Rule {
    static let description = RuleDescription(
        id: "first-person",
        name: "First person",
        rationale: "Leave out the subject: 'Led the team', not 'I led the team'",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - I rewrote our inference server, cutting CPU cost by 40%
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park, summary: Engineer for US and EU customers}
            work:
              - name: Acme
                highlights:
                  - Rewrote the I/O layer of the inference server, cutting CPU cost by 40% for US-based users
            """,
        ]
    )

    func check(_ subject: LintSubject) -> [Diagnostic] {
        subject.proseValues.filter { $0.place.section != .references }.compactMap { value in
            let pronouns = Self.pronouns(in: value.text)
            guard !pronouns.isEmpty else { return nil }
            let listed = pronouns.map { "'\($0)'" }.joined(separator: ", ")
            return diagnostic(
                about: value.place, in: subject,
                "uses the first person (\(listed)); leave out the subject: 'Led …', not 'I led …'")
        }
    }

    /// The first-person words of `text`, each once, as written.
    static func pronouns(in text: String) -> [String] {
        var found: [String] = []
        // Most words are longer than any pronoun and have no apostrophe: they are told by their bytes
        // and not cut out.
        let candidates = LintText.words(text) { word in
            word.count <= 4 || word.contains { $0 == UInt8(ascii: "'") || $0 == 0xE2 }
        }
        for word in candidates {
            // "I'm", "we've": the pronoun is the part before the apostrophe.
            let stem = word.firstIndex(where: { $0 == "'" || $0 == "’" }).map { word[..<$0] } ?? word
            guard stem.utf8.count <= 4 else { continue }  // no pronoun is longer: skip the rest quickly
            let lowercased = stem.lowercased()
            guard stem.endIndex == word.endIndex || ["i", "we"].contains(lowercased) else { continue }
            guard WordLists.firstPersonPronouns.contains(lowercased) else { continue }
            if stem.count > 1, stem.allSatisfy(\.isUppercase) { continue }
            if !found.contains(String(stem)) { found.append(String(stem)) }
        }
        return found
    }
}
