import ResumeModel
import ResumeRender
import ResumeSupport

/// Words of the résumé's prose that its language's Hunspell dictionary does not know, with the
/// dictionary's suggestions; and one word spelt two ways in one résumé.
///
/// It reads what a reader reads as sentences — summaries, highlights, descriptions and titles —
/// and leaves out names, links, addresses, code (`C++`, `gRPC`, `p95`, `v2.3`), acronyms and
/// words the résumé uses as names elsewhere (the companies, schools, places). Terms of the trade
/// dictionaries lack are accepted (`TechnicalTerms`), and so are the words of `spelling.words` in
/// `.resume-lint.yaml`. Without Hunspell or the dictionary it checks only what needs none (the
/// spellings' agreement, the capitals of the trade's names) and says once, in a note, what to
/// install.
struct SpellingRule: Rule {
    static let description = RuleDescription(
        id: "spelling",
        name: "Spelling",
        rationale: "A misspelt word is the first thing a reader notices; spell each word one way throughout",
        defaultSeverity: .warning,
        triggering: [
            """
            basics: {name: Ada Park, summary: Engineer who likes to optimise models}
            work:
              - name: Acme
                highlights:
                  - Optimized PyTorch inference, cutting p95 latency by 40%
            """,
            """
            basics: {name: Ada Park}
            work:
              - name: Acme
                highlights:
                  - Acheived a 40% cut in serving cost by moving inference to Kubernetes and Pytorch
            """,
        ],
        nonTriggering: [
            """
            basics: {name: Ada Park, email: ada@example.com, url: https://ada.example.com}
            work:
              - name: Zyxtronics
                position: Senior ML Engineer
                highlights:
                  - Moved Zyxtronics's C++ and gRPC services to Kubernetes and PyTorch 2.3, cutting p95 latency by 40%
                  - Fine-tuned BERT with scikit-learn baselines on Hugging Face datasets (see ada.example.com)
            """,
        ]
    )

    /// Fields shown as titles, whose words are checked besides the prose.
    static let titleFields: Set<String> = ["position", "title", "label", "description", "area"]
    /// Titles of a person's job, whose capitals do not mark names.
    static let jobTitleFields: Set<String> = ["position", "label"]

    /// The library opened, for tests that check what happens without it.
    var library = Hunspell.libraryName
    /// The folders dictionaries are looked for in.
    var dictionaryFolders = SpellingDictionary.folders()

    func check(_ subject: LintSubject) -> [Diagnostic] {
        let (values, others) = Self.checkedValues(of: subject)
        var words = CheckedWords(values, in: subject)
        let names = Self.names(in: others, among: words)
        let misspellings = misspellings(of: &words, in: subject, names: names)
        // A word both misspelt and spelt another way elsewhere gets the misspelling's finding only.
        let misspelt = Set(misspellings.map(\.location))
        let variants = variants(&words).filter { !misspelt.contains($0.location) }
        return (misspellings + variants).sortedByLocation()
    }

    /// The words no dictionary of the résumé's language knows, and names of the trade written in
    /// another capitalization (which needs no dictionary); without Hunspell or the dictionary,
    /// only the latter, and a note. `names` tells, for each distinct word, whether the résumé
    /// writes it as a name elsewhere.
    func misspellings(of words: inout CheckedWords, in subject: LintSubject, names: [Bool]) -> [Diagnostic] {
        let language = subject.spelling.language(forLocale: subject.resume.meta.locale)
        let dictionaries = SpellingDictionary.find(for: language, in: dictionaryFolders)
        let latin = Self.latinScriptLanguages.contains(SpellingDictionary.primaryLanguage(of: dictionaries.first?.name ?? language))
        let alphabets = dictionaries.map { $0.alphabet() }
        let alphabet = alphabets.contains { $0 == nil }
            ? nil : Alphabet(letters: alphabets.compactMap { $0 }.reduce(into: Set<String>()) { $0.formUnion($1) })
        // What a word's text alone decides, once per distinct word: a long résumé repeats its words.
        let judgements = zip(words.texts, names).map { text, isName in
            isName ? .accepted : judge(text, in: subject, latin: latin, alphabet: alphabet)
        }
        var misnamed: [Int] = []
        var asked: [Int] = []
        var foreign: [Int] = []
        for (index, word) in words.occurrences.enumerated() {
            switch judgements[word.word] {
            case .accepted, .skipped: continue
            case .misnamed: misnamed.append(index)
            case .forDictionary: if !word.isName { asked.append(index) }
            case .foreign: if !word.isName { foreign.append(index) }
            }
        }
        var findings = words.located(misnamed).map { word in
            guard case .misnamed(let term) = judgements[word.word] else { preconditionFailure("judged misnamed") }
            return diagnostic(at: word.location, "'\(word.text)' — did you mean '\(term)'?")
        }
        if !foreign.isEmpty, let dictionary = dictionaries.first,
            Self.isInAnotherLanguage(foreignWords: words.distinctCount(of: foreign), askedWords: words.distinctCount(of: asked))
        {
            let foreign = words.located(foreign)
            findings.append(diagnostic(at: foreign[0].location, Self.anotherLanguage(foreign, dictionary: dictionary, language: language)))
            return findings.sortedByLocation()
        }
        guard let first = dictionaries.first else {
            SpellingNotes.record(Self.missing("no Hunspell dictionary for \(language) is installed", language: language))
            return findings
        }
        do throws(Hunspell.Failure) {
            // Each distinct word is asked once, in the order the file writes them (the order a speller
            // learns new words in, and keeps them in its cache), and every place it is written where
            // it is not a name gets the answer.
            let distinct = words.distinctWords { word in
                guard !word.isName, case .forDictionary = judgements[word.word] else { return false }
                return true
            }
            var suggestions: [[String]?] = Array(repeating: nil, count: words.texts.count)
            for (index, found) in try Self.unknown(distinct.map { words.texts[$0] }, spellers: dictionaries.map(speller)) {
                suggestions[distinct[index]] = found
            }
            let misspelt = words.located(asked.filter { suggestions[words.occurrences[$0].word] != nil })
            for word in misspelt {
                findings.append(diagnostic(at: word.location, Self.message(for: word.text, suggestions: suggestions[word.word]!, dictionary: first)))
            }
        } catch {
            switch error {
            case .library: SpellingNotes.record(Self.missing("the Hunspell library \(library) is not installed", language: language))
            case .dictionary(let reason): SpellingNotes.record(Self.missing(reason, language: language))
            }
        }
        return findings
    }

    /// What the text of a word decides before the dictionary is asked.
    enum Judgement {
        /// A name of the résumé, a word of `spelling.words` or a term of the trade as written.
        case accepted
        /// A term of the trade written with other capitals than its owner's: `Pytorch` for `PyTorch`.
        case misnamed(term: String)
        /// For the dictionary to judge, unless it is written as a name where it stands.
        case forDictionary
        /// Neither: an inner capital (`gRPC`), or a word of another script than the dictionary's.
        case skipped
        /// A word with a letter the dictionary's language does not use (`phát` beside English):
        /// not judged, but counted, since many of them mean the résumé is in another language.
        case foreign
    }

    /// Judges a word by its text alone, unless it is a name of the résumé.
    private func judge(_ text: String, in subject: LintSubject, latin: Bool, alphabet: Alphabet?) -> Judgement {
        guard !subject.spelling.contains(text) else { return .accepted }
        let written = String(SpellingWords.withoutPossessive(text))
        if let term = TechnicalTerms.byLowercase[written.lowercased()] {
            return written != term && SpellingWords.hasInnerCapital(term) ? .misnamed(term: term) : .accepted
        }
        // ASCII letters are Latin: only other words are read character by character.
        let isLatin = text.isAllASCII || text.allSatisfy { !$0.isLetter || $0.isLatin }
        guard !SpellingWords.hasInnerCapital(text), isLatin == latin else { return .skipped }
        if let alphabet, !alphabet.hasEveryLetter(of: text) { return .foreign }
        return .forDictionary
    }

    /// The shared speller of a dictionary; one of its own when the rule opens another library.
    private func speller(_ dictionary: SpellingDictionary) -> Speller {
        guard library == Hunspell.libraryName else {
            return Speller(dictionary: dictionary, cache: SpellingCache(dictionary: dictionary, environment: [:]), library: library)
        }
        return Speller.shared(for: dictionary)
    }

    /// The words of `words` no speller knows, by index, with the first speller's suggestions.
    static func unknown(_ words: [String], spellers: [Speller]) throws(Hunspell.Failure) -> [Int: [String]] {
        let asked = words.map { $0.unicodeScalars.contains("’") ? $0.replacingOccurrences(of: "’", with: "'") : $0 }
        var unknown: [Int: [String]] = [:]
        for (index, verdict) in try spellers[0].verdicts(for: asked).enumerated() {
            if case .unknown(let suggestions) = verdict { unknown[index] = suggestions }
        }
        for speller in spellers.dropFirst() where !unknown.isEmpty {
            let indices = unknown.keys.sorted()
            for (index, verdict) in zip(indices, try speller.verdicts(for: indices.map { asked[$0] })) where verdict == .known {
                unknown[index] = nil
            }
        }
        for index in unknown.keys where try isPrefixed(asked[index], speller: spellers[0]) {
            unknown[index] = nil
        }
        return unknown
    }
}

extension SpellingRule {
    /// The prose values and titles, by path; and the texts of the other values the résumé shows
    /// (its names, companies, schools, places, keywords), whose words are names in the prose.
    /// The titles and names are values, with places; the dates have none, and are neither.
    static func checkedValues(of subject: LintSubject) -> (checked: [CheckedValue], others: [String]) {
        let prose = subject.proseValues.map { CheckedValue(place: $0.place, text: $0.text) }
        // With room to spare: a set compares the paths at every place it probes, and most of the
        // shown values looked up are not prose.
        var proseSet = Set<ValuePath>(minimumCapacity: prose.count * 4)
        for value in prose { proseSet.insert(value.place) }
        var titles: [CheckedValue] = []
        var others: [String] = []
        for shown in subject.shownText {
            guard let place = shown.place, !proseSet.contains(place) else { continue }
            if titleFields.contains(fieldName(of: place)) {
                titles.append(CheckedValue(place: place, text: shown.text))
            } else {
                others.append(shown.text)
            }
        }
        return (prose + titles, others)
    }

    /// `position` for `work[0].position`, `url` for `basics.profiles[0].url`; `` for
    /// `work[0].highlights[2]` and `work[0]`.
    static func fieldName(of path: ValuePath) -> String {
        if let key = path.key { return key }
        guard path.item == nil else { return "" }
        if let field = path.field { return field }
        return path.index == nil ? path.root : ""
    }

    /// For each distinct word of `words`, whether it is a word of `others`, the other values the
    /// résumé shows (with or without a possessive): its names, companies, schools, places and
    /// keywords, which are names wherever the prose repeats them.
    static func names(in others: [String], among words: CheckedWords) -> [Bool] {
        var names = Array(repeating: false, count: words.texts.count)
        for text in others {
            SpellingWords.forEachWord(in: text) { bytes, _ in
                if let index = words.index(of: bytes) { names[index] = true }
                // `Kakao's`: the stem is a name too.
                guard bytes.last == UInt8(ascii: "s") else { return }
                var stem = String(SpellingWords.withoutPossessive(String(decoding: bytes, as: UTF8.self)))
                if stem.utf8.count < bytes.count, let index = stem.withUTF8({ words.index(of: $0) }) { names[index] = true }
            }
        }
        return names
    }

    /// Findings for the words written two ways, each at the second way, naming the first's line.
    func variants(_ words: inout CheckedWords) -> [Diagnostic] {
        // Only a word whose spellings differ can be found, and only its places are looked up.
        let spellings = words.texts.map(SpellingVariants.spelling(of:))
        var forms: [String: String] = [:]
        var differing: Set<String> = []
        for spelling in spellings {
            if let form = forms[spelling.key] {
                if form != spelling.form { differing.insert(spelling.key) }
            } else {
                forms[spelling.key] = spelling.form
            }
        }
        guard !differing.isEmpty else { return [] }
        let isCandidate = spellings.map { differing.contains($0.key) }
        let candidates = words.located(words.occurrences.indices.filter { isCandidate[words.occurrences[$0].word] })
        // The first spelling of each word, and the index of the word it is of.
        var first: [String: (form: String, index: Int)] = [:]
        var findings: [Diagnostic] = []
        var reported: Set<String> = []
        var written: Set<Int> = []
        for (index, word) in candidates.enumerated() {
            // A word written again as before would find what it found the first time, if anything.
            guard written.insert(word.word).inserted else { continue }
            let spelling = spellings[word.word]
            guard let earlier = first[spelling.key] else {
                first[spelling.key] = (spelling.form, index)
                continue
            }
            guard earlier.form != spelling.form, reported.insert(spelling.key + "\u{0}" + spelling.form).inserted else { continue }
            let earlierWord = candidates[earlier.index]
            let line = earlierWord.location.line
            let message = spelling.isSystem
                ? "'\(word.text)' is \(spelling.form) spelling but '\(earlierWord.text)' on line \(line) is \(earlier.form); spell the word one way throughout"
                : "'\(word.text)' is written '\(earlierWord.text)' on line \(line); spell it one way throughout"
            findings.append(diagnostic(at: word.location, message))
        }
        return findings
    }

    /// `'acheived' — did you mean 'achieved'?`, with up to three suggestions.
    static func message(for word: String, suggestions: [String], dictionary: SpellingDictionary) -> String {
        let shown = suggestions.prefix(3).map { "'\($0)'" }
        guard let last = shown.last else {
            return "'\(word)' is not in the \(dictionary.name) dictionary; if it is right, add it to spelling.words in .resume-lint.yaml"
        }
        let listed = shown.count == 1 ? last : shown.dropLast().joined(separator: ", ") + " or " + last
        return "'\(word)' — did you mean \(listed)?"
    }

    /// Whether `word` is a hyphenated word whose parts are each known, or a prefix written with a
    /// hyphen (`pre-training`, `co-founded`), which dictionaries list only joined.
    static func isPrefixed(_ word: String, speller: Speller) throws(Hunspell.Failure) -> Bool {
        let parts = word.split(separator: "-").map(String.init)
        guard parts.count > 1 else { return false }
        let rest = parts.filter { !hyphenPrefixes.contains($0.lowercased()) }
        guard rest.count < parts.count else { return false }
        return try speller.verdicts(for: rest).allSatisfy { $0 == .known }
    }

    /// Prefixes written before a hyphen that dictionaries do not list alone.
    static let hyphenPrefixes: Set<String> = [
        "pre", "co", "re", "non", "multi", "sub", "self", "semi", "anti", "inter", "intra", "post", "de", "bi", "tri", "mid",
        "ex", "e", "meta", "micro", "macro", "hyper", "cross", "over", "under", "auto", "counter",
    ]

    /// Languages written in the Latin alphabet, whose dictionaries judge only Latin words; a
    /// dictionary of another script judges only words of other scripts.
    static let latinScriptLanguages: Set<String> = [
        "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "nb", "nn", "fi", "pl", "cs", "sk", "sl", "hr", "hu", "ro",
        "tr", "vi", "id", "ms", "ca", "gl", "eu", "et", "lv", "lt", "is", "af", "sw", "sq",
    ]

    /// Whether the words with letters the dictionary's language does not use are so many (a
    /// fifth of the distinct words, three at least) that the text is in another language: a
    /// Vietnamese résumé whose `meta.locale` is left at English.
    static func isInAnotherLanguage(foreignWords: Int, askedWords: Int) -> Bool {
        foreignWords >= 3 && foreignWords * 5 >= foreignWords + askedWords
    }

    /// The one finding for a résumé in another language than its dictionary's, at its first such
    /// word, instead of a finding for each word the dictionary does not know.
    static func anotherLanguage(_ foreign: [LocatedWord], dictionary: SpellingDictionary, language: String) -> String {
        var letters: [String] = []
        for word in foreign {
            for letter in word.text.lowercased() where letter.isLetter && !letter.isASCII && !letters.contains(String(letter)) {
                letters.append(String(letter))
            }
        }
        let shown = letters.prefix(5).joined(separator: " ") + (letters.count > 5 ? " …" : "")
        let others = Set(foreign.map(\.text)).count - 1
        return "'\(foreign[0].text)' and \(others) other words have letters \(language) does not use (\(shown)): the text "
            + "seems to be in another language; set meta.locale to it, and spelling is checked in its dictionary "
            + "(not checked against \(dictionary.name))"
    }

    /// The note for a skipped check, naming what Debian installs.
    static func missing(_ reason: String, language: String) -> String {
        "spelling was not checked: \(reason); on Debian: apt-get install libhunspell-1.7-0 \(SpellingDictionary.debianPackage(for: language))"
    }
}

/// The letters a dictionary's language uses, lowercased, and so which ASCII letters, for the
/// words of ASCII text.
private struct Alphabet {
    let letters: Set<String>
    /// By byte value: whether an ASCII character is not a letter or is one of `letters`.
    private let ascii: [Bool]

    init(letters: Set<String>) {
        self.letters = letters
        ascii = (0..<128).map { byte in
            let character = Character(Unicode.Scalar(UInt8(byte)))
            return !character.isLetter || letters.contains(character.lowercased())
        }
    }

    /// Whether every letter of `text` is one of the alphabet's.
    func hasEveryLetter(of text: String) -> Bool {
        text.withASCIIBytes { $0.allSatisfy { ascii[Int($0)] } } ?? text.allSatisfy { !$0.isLetter || letters.contains($0.lowercased()) }
    }
}

private extension Character {
    /// Whether the character is a letter of the Latin alphabet, accented or not.
    var isLatin: Bool {
        unicodeScalars.allSatisfy { $0.value < 0x250 || (0x1E00...0x1EFF).contains($0.value) }
    }
}
