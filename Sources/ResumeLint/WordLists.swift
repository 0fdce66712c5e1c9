/// The words and phrases the style rules look for, kept as data in one place so they are easy
/// to review and extend.
enum WordLists {
    /// Openers that describe a duty instead of an achievement, each with stronger verbs to use
    /// instead; longer phrases come first so "Was responsible for" wins over "Responsible for".
    static let weakOpeners: [(phrase: String, suggestions: [String])] = [
        ("Was responsible for", ["Led", "Owned", "Built"]),
        ("Responsible for", ["Led", "Owned", "Built"]),
        ("Worked on", ["Built", "Developed", "Shipped"]),
        ("Helped with", ["Built", "Improved", "Co-designed"]),
        ("Helped to", ["Built", "Improved", "Co-designed"]),
        ("Assisted with", ["Supported", "Co-wrote", "Built"]),
        ("Assisted in", ["Supported", "Co-wrote", "Built"]),
        ("Involved in", ["Built", "Designed", "Delivered"]),
        ("Participated in", ["Contributed", "Presented", "Competed"]),
        ("Tasked with", ["Delivered", "Built", "Completed"]),
        ("Duties included", ["Ran", "Maintained", "Managed"]),
        ("In charge of", ["Led", "Ran", "Managed"]),
    ]

    /// Verbs in the present tense (the base form; the `-s` form is derived) with their past
    /// tense. Words that read the same in both tenses (cut, set, read) and words more often
    /// used as nouns at the start of a line (research, support, test) are left out.
    static let presentToPast: [String: String] = [
        "accelerate": "accelerated", "analyze": "analyzed", "analyse": "analysed",
        "automate": "automated", "build": "built", "collaborate": "collaborated",
        "conduct": "conducted", "contribute": "contributed", "coordinate": "coordinated",
        "create": "created", "define": "defined", "deliver": "delivered", "deploy": "deployed",
        "design": "designed", "develop": "developed", "drive": "drove", "establish": "established",
        "evaluate": "evaluated", "grow": "grew", "guide": "guided", "handle": "handled",
        "help": "helped", "hire": "hired", "implement": "implemented", "improve": "improved",
        "increase": "increased", "integrate": "integrated", "introduce": "introduced",
        "launch": "launched", "lead": "led", "maintain": "maintained", "manage": "managed",
        "mentor": "mentored", "migrate": "migrated", "optimize": "optimized",
        "optimise": "optimised", "organize": "organized", "organise": "organised",
        "oversee": "oversaw", "own": "owned", "publish": "published", "reduce": "reduced",
        "refactor": "refactored", "rewrite": "rewrote", "run": "ran", "scale": "scaled",
        "ship": "shipped", "speak": "spoke", "streamline": "streamlined", "teach": "taught",
        "train": "trained", "work": "worked", "write": "wrote",
    ]

    /// Words that, after a verb-like first word, show it is a noun instead: "Lead engineer on …",
    /// "Design of the …".
    static let nounFollowers: Set<String> = [
        "of", "engineer", "developer", "designer", "author", "maintainer", "researcher", "scientist",
        "architect", "organizer", "organiser", "instructor", "analyst", "contributor", "role",
    ]

    /// Words that put the writer in the sentence; a résumé line leaves its subject out.
    static let firstPersonPronouns: Set<String> = ["i", "me", "my", "mine", "we", "our", "ours", "us"]

    /// Number words that state an amount or a change without digits ("halving the cost").
    static let numberWords: Set<String> = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands",
        "million", "millions", "billion", "billions", "dozen", "dozens", "half", "halve", "halved",
        "halves", "halving", "double", "doubled", "doubles", "doubling", "triple", "tripled",
        "triples", "tripling", "quadrupled", "twice", "thrice",
    ]

    /// Abbreviations whose full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "etc", "vs", "cf", "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "co", "corp",
        "approx", "no", "st", "jr", "sr", "u.s", "u.k",
    ]
}
