import ResumeModel
import ResumeSupport

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
        // Most words are not pronouns, which their bytes tell: only the rest are cut out.
        let candidates = LintText.words(text, where: mayBePronoun)
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

    /// Whether a word's UTF-8 bytes before its apostrophe (`'`, or `’`, which begins with 0xE2)
    /// spell a pronoun in some capitals: a word `pronouns` may take, which it then reads as text.
    /// A stem with letters beyond ASCII is none: no such letter lowercases to a pronoun's.
    static func mayBePronoun(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let longest = 4
        let end = word.prefix(longest + 1).firstIndex { $0 == UInt8(ascii: "'") || $0 == 0xE2 } ?? word.count
        guard end <= longest else { return false }
        return pronounBytes.contains { pronoun in
            pronoun.count == end && pronoun.indices.allSatisfy { pronoun[$0] == word[$0].asciiLowercased }
        }
    }

    /// The UTF-8 bytes of each first-person pronoun, which are small ASCII letters.
    private static let pronounBytes = WordLists.firstPersonPronouns.map { Array($0.utf8) }
}
