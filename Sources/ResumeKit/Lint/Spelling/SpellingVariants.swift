/// Tells when two words are one word spelt two ways: `e-mail` and `email`, `Javascript` and
/// `JavaScript`, British `optimise` and American `optimize`.
enum SpellingVariants {
    /// What every spelling of a word shares: lowercase, without hyphens or a possessive, in
    /// American spelling.
    static func key(_ word: String) -> String {
        let lower = SpellingWords.withoutPossessive(word).lowercased()
        return american(lower.utf8.contains(UInt8(ascii: "-")) ? lower.filter { $0 != "-" } : lower)
    }

    /// What tells spellings apart: the word with its first letter small, since a sentence may
    /// begin with it (`Email` is `email`; `JavaScript` and `Javascript` stay apart).
    static func form(_ word: String) -> String {
        let stem = SpellingWords.withoutPossessive(word)
        return stem.prefix(1).lowercased() + stem.dropFirst()
    }
}

private extension SpellingVariants {
    /// `word` in American spelling, by the tables below; unchanged when none applies.
    static func american(_ word: String) -> String {
        if let whole = wholeWords[word] { return whole }
        let bytes = word.utf8
        for (british, american) in stems where bytes.starts(with: british.utf8) {
            return american + word.dropFirst(british.count)
        }
        // -ise, -isation, -yse: optimise → optimize, analyse → analyze.
        for (british, ending) in izeEndings where bytes.count > british.utf8.count && bytes.reversed().starts(with: british.utf8.reversed()) {
            return word.dropLast(ending.count + 1) + "z" + ending
        }
        return word
    }

    /// British beginnings of words whose every ending is spelt the same in both (colour, colours,
    /// coloured, colourful).
    static let stems: [(String, String)] = [
        ("colour", "color"), ("behaviour", "behavior"), ("favour", "favor"), ("honour", "honor"), ("labour", "labor"),
        ("neighbour", "neighbor"), ("flavour", "flavor"), ("humour", "humor"), ("endeavour", "endeavor"),
        ("harbour", "harbor"), ("rumour", "rumor"), ("armour", "armor"), ("vigour", "vigor"), ("modell", "model"),
        ("labell", "label"), ("travell", "travel"), ("cancell", "cancel"), ("signall", "signal"),
        ("channell", "channel"), ("levell", "level"), ("tunnell", "tunnel"), ("fuell", "fuel"),
    ]

    /// British endings in `is` and `ys`, each with what follows the `s`.
    static let izeEndings: [(String, String)] = ["e", "es", "ed", "ing", "er", "ers", "ation", "ations", "able"].flatMap { ending in
        [("is" + ending, ending), ("ys" + ending, ending)]
    }

    /// British words that differ from the American elsewhere than in a shared beginning.
    static let wholeWords: [String: String] = [
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
}
