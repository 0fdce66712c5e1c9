/// Tells when two words are one word spelt two ways: `e-mail` and `email`, `Javascript` and
/// `JavaScript`, British `optimise` and American `optimized`.
enum SpellingVariants {
    /// How one occurrence of a word is spelt: what every spelling of the word shares, and what
    /// tells this spelling apart.
    struct Spelling: Equatable {
        /// Shared by every spelling of the word: lowercase, without hyphens or a possessive; for a
        /// word of the British and American tables, the family's American stem (`ize:optimiz`),
        /// so that `optimised` and `optimizing` meet.
        var key: String
        /// Tells spellings apart: `British` or `American` for the tables' families, otherwise the
        /// word itself with its first letter small (a sentence may begin with it).
        var form: String
        /// Whether `form` names British or American spelling.
        var isSystem: Bool
    }

    static func spelling(of word: String) -> Spelling {
        let stem = SpellingWords.withoutPossessive(word)
        let lower = stem.lowercased()
        let plain = lower.utf8.contains(UInt8(ascii: "-")) ? lower.filter { $0 != "-" } : lower
        if let system = system(of: plain) { return Spelling(key: system.key, form: system.british ? "British" : "American", isSystem: true) }
        return Spelling(key: plain, form: stem.prefix(1).lowercased() + stem.dropFirst(), isSystem: false)
    }
}

private extension SpellingVariants {
    /// The family of a word of the British and American tables, and whether this is its British
    /// spelling; nil for a word spelt the same in both.
    static func system(of word: String) -> (key: String, british: Bool)? {
        if let american = britishWords[word] { return ("word:" + american, true) }
        if americanWords.contains(word) { return ("word:" + word, false) }
        // Compared as bytes: every word of the text comes here, and generic sequence comparisons
        // were a third of a long résumé's lint.
        let bytes = Array(word.utf8)
        for (british, american) in stemBytes where bytes.starts(with: british) {
            return ("stem:" + american, true)
        }
        for (american, endings) in americanStemBytes where bytes.starts(with: american) {
            if endings.contains(String(decoding: bytes[american.count...], as: UTF8.self)) {
                return ("stem:" + String(decoding: american, as: UTF8.self), false)
            }
        }
        // -ise, -isation, -yse and -ize, -ization, -yze: optimise, optimizing, analyse.
        for (suffix, endingLength, british) in izeEndingBytes
        where bytes.count > suffix.count + 1 && bytes[(bytes.count - suffix.count)...].elementsEqual(suffix) {
            return ("ize:" + String(decoding: bytes.dropLast(endingLength + 1), as: UTF8.self), british)
        }
        return nil
    }

    /// The tables below as bytes, made once.
    static let stemBytes = stems.map { (Array($0.0.utf8), $0.1) }
    static let americanStemBytes = americanStems.map { (Array($0.0.utf8), $0.1) }
    static let izeEndingBytes = izeEndings.map { (Array($0.0.utf8), $0.1.utf8.count, $0.2) }

    /// British beginnings of words whose every ending is spelt the same in both (colour, colours,
    /// coloured, colourful), with the American.
    static let stems: [(String, String)] = [
        ("colour", "color"), ("behaviour", "behavior"), ("favour", "favor"), ("honour", "honor"), ("labour", "labor"),
        ("neighbour", "neighbor"), ("flavour", "flavor"), ("humour", "humor"), ("endeavour", "endeavor"),
        ("harbour", "harbor"), ("rumour", "rumor"), ("armour", "armor"), ("vigour", "vigor"), ("modell", "model"),
        ("labell", "label"), ("travell", "travel"), ("cancell", "cancel"), ("signall", "signal"),
        ("channell", "channel"), ("levell", "level"), ("tunnell", "tunnel"), ("fuell", "fuel"),
    ]

    /// The American stems, with the endings after which they are American only: `color` is,
    /// `model` is British too, and only `modeling` and `modeled` are American.
    static let americanStems: [(String, Set<String>)] = {
        // Two sets, each shared by the stems it is for.
        let afterDoubledL: Set<String> = ["ing", "ed", "er", "ers"]
        let afterOthers: Set<String> = [
            "", "s", "ed", "ing", "ful", "fully", "able", "ably", "al", "ally", "ite", "ites", "less", "ism", "ist", "ists",
        ]
        return stems.map { british, american in (american, british.hasSuffix("ll") ? afterDoubledL : afterOthers) }
    }()

    /// Endings after `is`/`iz` and `ys`/`yz`, each with the suffix it ends, what follows the
    /// `s` or `z`, and whether it is British.
    static let izeEndings: [(String, String, Bool)] = ["e", "es", "ed", "ing", "er", "ers", "ation", "ations", "able"].flatMap { ending in
        [("is" + ending, ending, true), ("ys" + ending, ending, true), ("iz" + ending, ending, false), ("yz" + ending, ending, false)]
    }

    /// British words that differ from the American elsewhere than in a shared beginning, with the
    /// American.
    static let britishWords: [String: String] = [
        "centre": "center", "centres": "centers", "centred": "centered", "metre": "meter", "metres": "meters",
        "fibre": "fiber", "fibres": "fibers", "theatre": "theater", "litre": "liter", "litres": "liters",
        "licence": "license", "licences": "licenses", "defence": "defense", "offence": "offense",
        "catalogue": "catalog", "catalogues": "catalogs", "dialogue": "dialog", "dialogues": "dialogs",
        "analogue": "analog", "programme": "program", "programmes": "programs", "grey": "gray", "ageing": "aging",
        "judgement": "judgment", "judgements": "judgments", "fulfil": "fulfill", "fulfils": "fulfills",
        "fulfilment": "fulfillment", "enrol": "enroll", "enrols": "enrolls", "enrolment": "enrollment",
        "skilful": "skillful", "practise": "practice", "practised": "practiced", "aluminium": "aluminum",
        "artefact": "artifact", "artefacts": "artifacts", "acknowledgement": "acknowledgment",
    ]

    static let americanWords = Set(britishWords.values)
}
