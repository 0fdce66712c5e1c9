@testable import ResumeKit
@testable import ResumeRender

/// A block macro call of a theme and the paragraphs the setter predicts for it.
struct SampleBlock {
    var id: String
    /// The call as it stands in the document body, such as `\cvitem{…}`.
    var call: String
    /// What `BlockParagraphs` makes of the call: one paragraph, or an entry's two lines.
    var paragraphs: [BlockParagraph]
    /// Whether pdfLaTeX's first-line height and last-line depth can be read (not for headings,
    /// which end in a rule).
    var measuresHeights = true
}

/// Generates résumé blocks of varied length and content through the real escaper: numbers,
/// symbols the escaper spells out, hyphenated compounds, dashes, URLs, overlong words, accented
/// words, quotes, sentence ends and capitals.
struct ParagraphCorpus {
    private var random: SeededGenerator
    let blocks: BlockParagraphs
    /// Whether most words are long ones, which narrow measures must hyphenate.
    let prefersLongWords: Bool
    /// What the theme's templates put before the name, label and heading arguments.
    let fonts: ArgumentFonts

    init(seed: UInt64, blocks: BlockParagraphs, prefersLongWords: Bool = false, fonts: ArgumentFonts = ArgumentFonts()) {
        random = SeededGenerator(seed: seed)
        self.blocks = blocks
        self.prefersLongWords = prefersLongWords
        self.fonts = fonts
    }

    /// `count` blocks of every kind, numbered from `prefix`0.
    mutating func sampleBlocks(count: Int, prefix: String) -> [SampleBlock] {
        (0..<count).map { index in block(id: "\(prefix)\(index)", kind: index % 12) }
    }

    mutating func block(id: String, kind: Int) -> SampleBlock {
        switch kind {
        case 0, 1, 2, 3:
            let value = escaped(sentence(words: random.int(in: 2...58)))
            return SampleBlock(id: id, call: "\\cvitem{\(value)}", paragraphs: [blocks.item(value)])
        case 4:
            let value = escaped(sentence(words: random.int(in: 2...50)))
            return SampleBlock(id: id, call: "\\cvtext{\(value)}", paragraphs: [blocks.text(value)])
        case 5:
            let value = "{\\cvsmall\\textit{Courses:} " + escaped(list(items: random.int(in: 2...16))) + "}"
            return SampleBlock(id: id, call: "\\cvtext{\(value)}", paragraphs: [blocks.text(value)])
        case 6:
            let value = "{\\cvsmall\\color{muted}" + escaped(list(items: random.int(in: 2...20))) + "}"
            return SampleBlock(id: id, call: "\\cvtext{\(value)}", paragraphs: [blocks.text(value)])
        case 7:
            let name = escaped(phrase(words: random.int(in: 1...5)))
            let value = random.int(in: 0...5) == 0 ? "" : escaped(list(items: random.int(in: 1...22)))
            return SampleBlock(
                id: id, call: "\\cvpair{\(name)}{\(value)}", paragraphs: [blocks.pair(name: name, value: value)])
        case 8, 9:
            let title = linked(escaped(phrase(words: random.int(in: 1...16))))
            let dates = escaped(dates())
            return SampleBlock(
                id: id, call: "\\cventry{\(title)}{\(dates)}{}{}",
                paragraphs: blocks.entry(title: title, dates: dates, subtitle: "", place: ""))
        case 10:
            let title = linked(escaped(phrase(words: random.int(in: 1...6))))
            let subtitle = linked(escaped(phrase(words: random.int(in: 1...14))))
            let place = random.int(in: 0...4) == 0 ? "" : escaped(place())
            let dates = escaped(dates())
            return SampleBlock(
                id: id, call: "\\cventry{\(title)}{\(dates)}{\(subtitle)}{\(place)}",
                paragraphs: blocks.entry(title: title, dates: dates, subtitle: subtitle, place: place))
        default:
            return headerBlock(id: id)
        }
    }

    /// The header and heading blocks: name, label, contacts, summary, section, and a quoted reference.
    mutating func headerBlock(id: String) -> SampleBlock {
        switch random.int(in: 0...5) {
        case 0:
            let value = fonts.name + escaped(phrase(words: random.int(in: 1...7)))
            return SampleBlock(id: id, call: "\\cvname{\(value)}", paragraphs: [blocks.name(value)])
        case 1:
            let value = fonts.label + escaped(phrase(words: random.int(in: 1...16)))
            return SampleBlock(id: id, call: "\\cvlabel{\(value)}", paragraphs: [blocks.label(value)])
        case 2:
            let value = contacts(count: random.int(in: 1...8))
            return SampleBlock(id: id, call: "\\cvcontacts{\(value)}", paragraphs: [blocks.contacts(value)])
        case 3:
            let value = escaped(sentence(words: random.int(in: 5...70)))
            return SampleBlock(id: id, call: "\\cvsummary{\(value)}", paragraphs: [blocks.summary(value)])
        case 4:
            let value = fonts.section + escaped(phrase(words: random.int(in: 1...12)))
            return SampleBlock(
                id: id, call: "\\cvsection{\(value)}", paragraphs: [blocks.section(value)], measuresHeights: false)
        default:
            let value = "\\textit{" + escaped(sentence(words: random.int(in: 3...45))) + "}"
            return SampleBlock(id: id, call: "\\cvtext{\(value)}", paragraphs: [blocks.text(value)])
        }
    }
}

/// The font commands a theme's templates start the name, label and heading arguments with (modern:
/// `\bfseries`, `\upshape`, `\upshape\bfseries`), read from the theme's own rendering.
struct ArgumentFonts {
    var name = ""
    var label = ""
    var section = ""
}

extension ArgumentFonts {
    /// The prefixes of a theme, from a résumé rendered with it.
    init(theme: Theme) throws {
        var resume = Resume(basics: Basics(name: "Ada", label: "Engineer"))
        var skill = Skill()
        skill.name = "Languages"
        resume.skills = [skill]
        let calls = BlockCalls.calls(inBody: try Renderer(theme: theme).render(resume, as: .tex))
        func prefix(_ macro: String, before value: String) -> String {
            guard let argument = calls.first(where: { $0.name == macro })?.arguments.first,
                argument.lowercased().hasSuffix(value.lowercased())
            else { return "" }
            return String(argument.dropLast(value.count))
        }
        name = prefix("cvname", before: "Ada")
        label = prefix("cvlabel", before: "Engineer")
        section = prefix("cvsection", before: "Technical Skills")
    }
}

private extension ParagraphCorpus {
    func escaped(_ text: String) -> String {
        LaTeXEscaping.text(text)
    }

    /// Wraps an escaped title in a link now and then, as the templates do for entries with a URL.
    mutating func linked(_ text: String) -> String {
        guard random.int(in: 0...2) == 0 else { return text }
        let url = LaTeXEscaping.url(random.pick(Self.urls))
        return "\\href{\(url)}{\(text)}"
    }

    mutating func word() -> String {
        if prefersLongWords, random.int(in: 0...9) < 7 { return random.pick(Self.long) }
        switch random.int(in: 0...19) {
        case 0, 1, 2: return random.pick(Self.special)
        case 3: return random.pick(Self.numbers)
        case 4: return random.pick(Self.accented)
        default: return random.pick(Self.common)
        }
    }

    /// Words with sentence punctuation, capitals after sentence ends, and now and then brackets.
    mutating func sentence(words count: Int) -> String {
        var text = ""
        var capitalize = true
        for index in 0..<count {
            var next = word()
            if capitalize, let first = next.first, first.isLowercase {
                next = first.uppercased() + next.dropFirst()
            }
            capitalize = false
            switch random.int(in: 0...29) {
            case 0: next = "(" + next + ")"
            case 1: next = "“" + next + "”"
            case 2: next = "\"" + next + "\""
            case 3: next = "'" + next + "'"
            default: break
            }
            if index > 0 { text += random.int(in: 0...60) == 0 ? "\u{00A0}" : " " }
            text += next
            if index < count - 1 {
                switch random.int(in: 0...24) {
                case 0, 1:
                    text += random.pick([".", "!", "?", ".", "."])
                    capitalize = true
                case 2, 3, 4: text += ","
                case 5: text += random.pick([";", ":", " –", " —", "…"])
                default: break
                }
            }
        }
        if random.int(in: 0...3) == 0 { text += random.pick([".", "!", "?", ";", ")", "…", ".)", "%"]) }
        return text
    }

    mutating func phrase(words count: Int) -> String {
        (0..<count).map { _ in
            let next = word()
            return random.int(in: 0...1) == 0 ? next.prefix(1).uppercased() + next.dropFirst() : next
        }.joined(separator: " ")
    }

    mutating func list(items count: Int) -> String {
        (0..<count).map { _ in random.int(in: 0...2) == 0 ? phrase(words: 2) : word() }.joined(separator: ", ")
    }

    mutating func dates() -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let start = "\(random.pick(months)) \(random.int(in: 1998...2024))"
        switch random.int(in: 0...5) {
        case 0: return start
        case 1: return "\(random.int(in: 1998...2024))"
        case 2: return start + " – Present"
        case 3: return "Summer \(random.int(in: 2001...2020)) – Winter \(random.int(in: 2001...2020)) (part-time)"
        default: return start + " – \(random.pick(months)) \(random.int(in: 1998...2024))"
        }
    }

    mutating func place() -> String {
        random.pick([
            "Zürich, Switzerland", "Łódź, Poland", "São Paulo", "Remote", "New York, NY", "Kraków",
            "Besançon, France", "github.com/user/project", "GPA 3.9/4.0", "talk", "Ålesund, Norway",
            "Washington, D.C.", "Tromsø",
        ])
    }

    mutating func contacts(count: Int) -> String {
        (0..<count).map { index in
            let contact = random.pick([
                "theo.varga@example.com", "+41 44 555 01 87", "theo.example.com", "Zürich, CH", "GitHub: theovl",
                "LinkedIn: theo-varga-lindholm", "https://www.example.org/~user/path_with_underscores",
                "Łódź & Kraków", "@handle",
            ])
            var text = escaped(contact)
            if random.int(in: 0...1) == 0 { text = "\\href{\(LaTeXEscaping.url("https://" + contact))}{\(text)}" }
            return (index == 0 ? "" : "\\cvsep ") + "\\cvcontact{\(text)}"
        }.joined()
    }

    static let common = [
        "led", "team", "of", "engineers", "building", "a", "the", "data", "pipeline", "for", "customer", "support",
        "improving", "latency", "by", "across", "with", "and", "to", "in", "on", "model", "models", "service",
        "designed", "implemented", "deployed", "production", "systems", "reducing", "cost", "throughput",
        "reliability", "infrastructure", "distributed", "training", "evaluation", "experiment", "framework",
        "mentored", "junior", "developers", "reviewed", "code", "architecture", "migration", "legacy",
        "monitoring", "alerting", "dashboards", "stakeholders", "requirements", "quarterly", "roadmap",
        "hyphenation", "difficult", "efficient", "official", "affluent", "shuffling", "waffle", "scaffolding",
        "offline", "workflow", "flawless", "fjord", "typography", "paragraph", "international", "characterization",
        "responsibilities", "understanding", "conversational", "recommendation", "personalization", "authentication",
        "containerization", "orchestration", "visualization", "manufacturing", "telecommunications",
        "cross-functional", "state-of-the-art", "end-to-end", "real-time", "open-source", "well-known",
        "ARM", "AWS", "GPU", "NLU", "API", "SQL", "PyTorch", "TensorFlow", "Kubernetes", "PostgreSQL",
        "JavaScript", "TypeScript", "BigQuery", "MLflow", "Airflow", "Hugging", "Face", "Transformers",
        "I", "We", "OK", "Inc.", "Ltd.", "Co.", "vs.", "etc.", "e.g.", "i.e.", "U.S.", "Dr.",
    ]

    static let long = [
        "characterization", "responsibilities", "internationalization", "telecommunications", "infrastructure",
        "recommendation", "personalization", "authentication", "containerization", "orchestration",
        "visualization", "manufacturing", "reliability", "understanding", "conversational", "distributed",
        "representation", "approximately", "simultaneously", "troubleshooting", "administration",
        "Administration", "Infrastructure", "Characterization", "effectiveness", "differentiation",
        "interoperability", "configuration", "Configuration", "misconfiguration", "profitability",
        "affiliation", "officially", "efficiency", "sufficiently", "suffixes", "afflicted", "coefficients",
        "Schrödinger", "Poincaré's", "naïveté", "Gdańsk-based", "multi-tenant", "self-healing",
        "(organizational)", "“transformation”", "administration,", "infrastructure.", "implementation;",
        "\"accountability\"", "C++-based", "PostgreSQL-compatible", "TensorFlow/PyTorch", "microservices/APIs",
        "re-architected", "hyperparameter", "Hyperparameters", "backpropagation", "regularization",
    ]

    static let special = [
        "C++", "C#", "F#", ".NET", "Node.js", "R&D", "Q&A", "AT&T", "#1", "#42", "snake_case", "__init__",
        "{braces}", "a<b", "x>y", "<tag>", "a|b", "~approx", "2^10", "back\\slash", "`grave`", "\"dq\"",
        "50%", "100%", "$1.2M", "$50", "US$3k", "4×", "3×3", "10^6", "±2", "CI/CD", "TCP/IP", "I/O", "24/7",
        "https://github.com/theovl/tinyslu", "example.com/a/b?x=1&y=2", "www.example.org/path/to/page",
        "pneumonoultramicroscopicsilicovolcanoconiosis", "Supercalifragilisticexpialidocious",
        "antidisestablishmentarianism", "electroencephalography", "internationalization",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "2019–2021", "pp. 10–20", "1990s–2000s", "well--known", "''", ",,", "--", "---", "a---b",
        "co\u{00AD}operate", "wait…", "…and", "10\u{00A0}000", "20 °C", "© 2024", "€5", "•", "·", "§3", "¶",
        "naïve", "[1]", "[citation needed]", "(see above)", "O'Brien", "rock'n'roll", "don't", "’90s", "‘quoted’",
        "«guillemets»", "‹single›", "¡Hola!", "¿Qué?", "AV", "WAVE", "To", "Ta", "LaTeX", "TeX", "5.5", "v2.0.1",
        "x86-64", "ARMv8-A", "UTF-8", "ISO-8859-1", "e-mail", "re-", "-ism", "-", "—", "–",
    ]

    static let numbers = [
        "3", "14", "1,200", "2.4M", "90M", "1.3B", "35", "p95", "6.2", "0.81", "0.92", "40", "2", "1st", "41st",
        "3rd", "1,480", "99.99", "10,000+", "60+", "2024", "v1", "Q3", "H1", "k8s",
    ]

    static let accented = [
        "Zürich", "Łódź", "São", "Paulo", "Kraków", "Besançon", "façade", "résumé", "Ålesund", "Øresund",
        "Œuvre", "Brändli", "Müller", "Straße", "Gdańsk", "Dvořák", "Škoda", "İstanbul", "Ærø", "Þór", "Ðakovo",
        "naïveté", "Renée", "Chloë", "Jürgen", "Ørsted", "Schrödinger", "Poincaré", "Erdős", "Čapek",
    ]

    static let urls = [
        "https://quillon.example.com", "https://github.com/theovl/hangul-tok-bench",
        "https://www.lakemere.example.edu/~dept/cs_ml?x=1&y=2#frag", "mailto:theo.varga@example.com",
    ]
}

extension SeededGenerator {
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    mutating func pick<T>(_ values: [T]) -> T {
        values[int(in: 0...(values.count - 1))]
    }
}
