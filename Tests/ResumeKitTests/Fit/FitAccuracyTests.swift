import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeFit

/// The fit engine against pdfLaTeX on whole documents: generated résumés of varied length and
/// content with every kind of section, and the bundled examples, in every built-in theme. TeX
/// must measure every prose value of each résumé, and every item's line count and page, every
/// page count and the lines left free on every last page must be TeX's; no document is excused.
final class FitAccuracyTests: XCTestCase {
    /// Cases where the engine is known to disagree with pdfLaTeX, as "theme résumé path" (or
    /// "theme résumé" for the whole document): still checked, and a case that starts agreeing
    /// fails too, so the list only ever shrinks. Empty: the engine agrees on everything.
    static let knownDisagreements: Set<String> = []

    func testGeneratedResumesAndExamplesAgreeWithTeX() throws {
        try RequiredTool.path(of: "pdflatex")
        let resumes = try Self.corpus()
        var disagreeing: Set<String> = []
        var lines: [String] = []
        for themeName in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: themeName))
            let verifier = FitVerifier(engine: FitEngine(theme: theme))
            var items = 0
            var measured = 0
            var pages = 0
            var documents = 0
            var broken = 0
            for (name, resume) in resumes {
                let result = try verifier.verify(resume)
                let label = "\(themeName) \(name)"
                // Every prose value of the model is an item, once: none dropped by matching.
                let prose = resume.proseValues.map(\.path)
                XCTAssertEqual(
                    result.items.map(\.path).sorted(), prose.sorted(), "\(label): the items are the résumé's prose values")
                XCTAssertEqual(result.itemsMeasured, result.items.count, "\(label): pdfLaTeX measured every item")
                for finding in result.diagnostics(file: name) {
                    let key = finding.path.map { "\(label) \($0)" } ?? label
                    disagreeing.insert(key)
                    if !Self.knownDisagreements.contains(key) { XCTFail("\(label): \(finding.message)") }
                }
                XCTAssertFalse(result.isApproximate, label)
                // How full each page is, not only the last: the page model to the scaled point.
                for (page, predicted) in result.predictedPageTotals.enumerated() {
                    XCTAssertEqual(result.pageTotals[page + 1], predicted, "\(label): the height of page \(page + 1)")
                }
                try assertEachItemIsMeasuredOnItsOwnBlock(resume, theme: theme, label: label)
                items += result.items.count
                measured += result.itemsMeasured
                pages += result.pages ?? 0
                documents += 1
                if (result.pages ?? 0) > 1 { broken += 1 }
            }
            lines.append(
                "\(themeName): \(measured)/\(items) items measured by pdfLaTeX, lines and page each; "
                    + "\(documents) documents (\(broken) of them broken across pages, \(pages) pages): page counts, page heights, free lines"
            )
            XCTAssertGreaterThanOrEqual(items, 500, "\(themeName): the corpus is large enough to mean something")
            XCTAssertGreaterThanOrEqual(broken, 10, "\(themeName): enough documents break pages")
        }
        print("fit engine against pdfLaTeX:\n" + lines.joined(separator: "\n"))
        let fixed = Self.knownDisagreements.subtracting(disagreeing)
        XCTAssertEqual(fixed, [], "known disagreements that now agree: take them off the list")
    }

    /// Every section kind and every prose field is in the corpus, many times over.
    func testTheCorpusHasEverySectionKind() throws {
        let resumes = try Self.corpus().map(\.resume)
        for kind in SectionKind.allCases {
            let holding = resumes.filter { !$0.isEmpty(kind) }.count
            XCTAssertGreaterThanOrEqual(holding, 10, "\(kind) is in \(holding) résumés")
        }
        let prose = resumes.flatMap { $0.proseValues.map(\.path) }
        for field in [
            "basics.summary", "work].summary", "work].highlights", "projects].description", "projects].highlights",
            "awards].summary", "researchInterests].summary", "teaching].summary", "teaching].highlights",
            "volunteer].summary", "volunteer].highlights", "publications].summary", "references].reference",
        ] {
            let count = prose.filter {
                $0.replacingOccurrences(of: #"\[\d+\]"#, with: "]", options: .regularExpression).hasPrefix(field)
            }.count
            XCTAssertGreaterThanOrEqual(count, 10, "\(field): \(count) values")
        }
    }
}

extension FitAccuracyTests {
    /// Each item's block shows the value and nothing else (the built-in themes write a value as a
    /// block's whole argument, or in italics for references): not a list that happens to contain it.
    fileprivate func assertEachItemIsMeasuredOnItsOwnBlock(_ resume: Resume, theme: Theme, label: String) throws {
        let analysis = try FitEngine(theme: theme).analyze(resume)
        let texts = Dictionary(
            resume.proseValues.map { ($0.path, LaTeXEscaping.text($0.text)) }, uniquingKeysWith: { first, _ in first })
        for (item, block) in zip(analysis.report.items, analysis.itemBlocks) {
            let text = try XCTUnwrap(texts[item.path], "\(label) \(item.path)")
            let arguments = analysis.blocks[block].arguments
            XCTAssertTrue(
                arguments.contains(text) || arguments.contains("\\textit{\(text)}"),
                "\(label) \(item.path) is measured on \(analysis.blocks[block].source)")
        }
    }

    /// 36 generated résumés, then the examples with exact metrics, by name.
    fileprivate static func corpus() throws -> [(name: String, resume: Resume)] {
        var generator = SeededGenerator(seed: 2026)
        var resumes = (0..<36).map { index in ("generated \(index)", GeneratedResume.make(index, using: &generator)) }
        for name in ["cv", "minimal"] {
            let url = TestPaths.examples.appendingPathComponent("\(name).yaml")
            resumes.append(("\(name).yaml", try XCTUnwrap(ResumeLoader.load(contentsOf: url).resume, name)))
        }
        return resumes
    }
}

/// Résumés of random size and content, with what real ones contain: numbers, %, $, &, C++, C#,
/// hyphenated compounds, URLs, long words and accented names, in every kind of section.
enum GeneratedResume {
    /// The words and verbs the values are made of: English unless a test sets other ones (the
    /// XeLaTeX accuracy tests make Russian, Greek and other résumés of the same shape).
    @TaskLocal static var vocabulary = Vocabulary(words: englishWords, verbs: englishVerbs)

    struct Vocabulary {
        var words: [String]
        var verbs: [String]
    }

    static var words: [String] { vocabulary.words }
    static var verbs: [String] { vocabulary.verbs }

    static let englishWords = [
        "model", "pipeline", "latency", "throughput", "distributed", "training", "inference", "Transformer",
        "retrieval-augmented", "state-of-the-art", "end-to-end", "C++", "C#", "PyTorch", "TensorFlow",
        "Kubernetes", "15%", "$1.2M", "R&D", "3×", "2.4M", "p95", "GPU", "multilingual", "Zürich", "Łódź",
        "Brändli", "recommendation", "classification", "optimization", "infrastructure", "evaluation",
        "dialogue", "pre-training", "data", "team", "users", "requests", "accuracy", "cost", "by", "with",
        "and", "the", "for", "of", "to", "across", "in", "while", "reducing", "improving", "raising",
        "github.com/example/tool", "(NLU)", "\"quoted\"", "incomprehensibilities", "internationalization",
        "A/B", "k8s", "<1%", "~40", "#1", "e.g.", "per-tenant", "re-ranking",
    ]
    static let englishVerbs = ["Built", "Led", "Designed", "Shipped", "Reduced", "Improved", "Scaled", "Migrated", "Owned"]

    static func sentence(_ minimum: Int, _ maximum: Int, using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: minimum...maximum, using: &generator)
        let body = (0..<count).map { _ in words.randomElement(using: &generator)! }
        var text = verbs.randomElement(using: &generator)! + " " + body.joined(separator: " ")
        if Bool.random(using: &generator) { text += "." }
        return text
    }

    static func phrase(_ range: ClosedRange<Int>, using generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: range, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
    }

    static func startDate(using generator: inout SeededGenerator) -> PartialDate {
        PartialDate(year: Int.random(in: 2005...2024, using: &generator), month: Int.random(in: 1...12, using: &generator))
    }

    static func make(_ index: Int, using generator: inout SeededGenerator) -> Resume {
        var resume = Resume(
            basics: Basics(name: "Person \(index) Müller-Lüdenscheidt", label: "Engineer", email: "p\(index)@example.com"))
        resume.basics.summary = Bool.random(using: &generator) ? sentence(10, 40, using: &generator) : nil
        resume.basics.phone = Bool.random(using: &generator) ? "+41 44 555 01 \(10 + index)" : nil
        resume.basics.url = Bool.random(using: &generator) ? "https://person\(index).example.com" : nil
        // Up to eight profiles, from a generator of their own so the rest of the corpus stays the
        // same: contact lines of one to three balanced lines.
        var profiles = SeededGenerator(seed: UInt64(index) &* 2_654_435_761 &+ 17)
        resume.basics.location = Location(city: "Zürich", countryCode: "CH")
        resume.basics.profiles = (0..<Int.random(in: 0...8, using: &profiles)).map { number in
            let network = ["GitHub", "LinkedIn", "Mastodon", "Scholar", "ORCID", "Kaggle"].randomElement(using: &profiles)!
            return Profile(network: network, username: "person-\(index)-\(String(repeating: "x", count: Int.random(in: 1...14, using: &profiles)))\(number)")
        }
        /// Each of the other sections is in about two résumés of three.
        func has(_ chance: Double = 0.65) -> Bool { Double.random(in: 0..<1, using: &generator) < chance }
        for job in 0..<Int.random(in: 1...4, using: &generator) {
            var work = Work()
            work.name = "Company \(job)"
            work.position = "Senior Engineer"
            work.location = Bool.random(using: &generator) ? "Zürich, Switzerland" : nil
            work.startDate = PartialDate(year: 2015 + job)
            work.summary = Bool.random(using: &generator) ? sentence(4, 14, using: &generator) : nil
            work.highlights = (0..<Int.random(in: 1...7, using: &generator)).map { _ in sentence(6, 45, using: &generator) }
            resume.work.append(work)
        }
        for number in 0..<Int.random(in: 0...3, using: &generator) {
            var project = Project()
            project.name = "Project \(number)"
            project.description = sentence(4, 20, using: &generator)
            project.highlights = (0..<Int.random(in: 0...3, using: &generator)).map { _ in sentence(6, 35, using: &generator) }
            project.keywords = ["Swift", "C++", "CUDA"]
            project.url = Bool.random(using: &generator) ? "https://github.com/example/project-\(number)" : nil
            project.roles = Bool.random(using: &generator) ? [phrase(1...4, using: &generator)] : []
            resume.projects.append(project)
        }
        if has() {
            for number in 0..<Int.random(in: 1...3, using: &generator) {
                var education = Education()
                education.institution = "University of Place \(number)"
                education.studyType = Bool.random(using: &generator) ? "MSc" : nil
                education.area = Bool.random(using: &generator) ? phrase(1...6, using: &generator) : nil
                education.startDate = startDate(using: &generator)
                education.endDate = Bool.random(using: &generator) ? .date(startDate(using: &generator)) : nil
                education.score = Bool.random(using: &generator) ? "GPA 3.\(number)/4.0" : nil
                education.url = Bool.random(using: &generator) ? "https://university\(number).example.edu" : nil
                education.courses = (0..<Int.random(in: 0...6, using: &generator)).map { _ in phrase(1...4, using: &generator) }
                resume.education.append(education)
            }
        }
        if has(0.8) {
            var skill = Skill()
            skill.name = "Languages"
            skill.keywords = (0..<Int.random(in: 2...20, using: &generator)).map { _ in words.randomElement(using: &generator)! }
            resume.skills = [skill]
            for number in 0..<Int.random(in: 0...3, using: &generator) {
                var more = Skill()
                more.name = "Area \(number) " + phrase(0...3, using: &generator)
                more.level = Bool.random(using: &generator) ? "Advanced" : nil
                more.keywords = (0..<Int.random(in: 1...14, using: &generator)).map { _ in words.randomElement(using: &generator)!
                }
                resume.skills.append(more)
            }
        }
        if has() {
            for number in 0..<Int.random(in: 1...3, using: &generator) {
                var award = Award()
                award.title = "Best Paper \(number)"
                award.date = Bool.random(using: &generator) ? startDate(using: &generator) : nil
                award.awarder = Bool.random(using: &generator) ? phrase(1...5, using: &generator) : nil
                award.summary = Bool.random(using: &generator) ? sentence(3, 20, using: &generator) : nil
                resume.awards.append(award)
            }
        }
        if has() {
            for number in 0..<Int.random(in: 1...3, using: &generator) {
                var interest = ResearchInterest()
                interest.name = "Field \(number)"
                interest.keywords = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                    words.randomElement(using: &generator)!
                }
                interest.summary = Bool.random(using: &generator) ? sentence(5, 30, using: &generator) : nil
                resume.researchInterests.append(interest)
            }
        }
        if has() {
            for number in 0..<Int.random(in: 1...3, using: &generator) {
                var teaching = Teaching()
                teaching.organization = "School \(number)"
                teaching.position = Bool.random(using: &generator) ? "Teaching Assistant" : nil
                teaching.kind =
                    Bool.random(using: &generator) ? ["teaching", "mentoring", "talk"].randomElement(using: &generator) : nil
                teaching.startDate = startDate(using: &generator)
                teaching.summary = Bool.random(using: &generator) ? sentence(4, 25, using: &generator) : nil
                teaching.highlights = (0..<Int.random(in: 0...3, using: &generator)).map { _ in sentence(5, 30, using: &generator)
                }
                teaching.url = Bool.random(using: &generator) ? "https://school\(number).example.org/course" : nil
                resume.teaching.append(teaching)
            }
        }
        if has(0.5) {
            for number in 0..<Int.random(in: 1...2, using: &generator) {
                var volunteer = Volunteer()
                volunteer.organization = "Association \(number)"
                volunteer.position = Bool.random(using: &generator) ? phrase(1...4, using: &generator) : nil
                volunteer.startDate = startDate(using: &generator)
                volunteer.endDate = Bool.random(using: &generator) ? .present : nil
                volunteer.summary = Bool.random(using: &generator) ? sentence(4, 25, using: &generator) : nil
                volunteer.highlights = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                    sentence(5, 30, using: &generator)
                }
                resume.volunteer.append(volunteer)
            }
        }
        if has(0.5) {
            for number in 0..<Int.random(in: 1...4, using: &generator) {
                var publication = Publication()
                publication.name = "Paper \(number): " + phrase(2...10, using: &generator)
                publication.publisher = Bool.random(using: &generator) ? "Workshop on " + phrase(1...4, using: &generator) : nil
                publication.releaseDate = Bool.random(using: &generator) ? startDate(using: &generator) : nil
                publication.url = Bool.random(using: &generator) ? "https://arxiv.org/abs/2101.0\(1000 + number)" : nil
                publication.summary = Bool.random(using: &generator) ? sentence(4, 30, using: &generator) : nil
                resume.publications.append(publication)
            }
        }
        if has(0.5) {
            for number in 0..<Int.random(in: 1...3, using: &generator) {
                var certificate = Certificate()
                certificate.name = "Certificate \(number) " + phrase(0...6, using: &generator)
                certificate.date = Bool.random(using: &generator) ? startDate(using: &generator) : nil
                certificate.issuer = Bool.random(using: &generator) ? phrase(1...3, using: &generator) : nil
                certificate.url = Bool.random(using: &generator) ? "https://certs.example.com/\(number)" : nil
                resume.certificates.append(certificate)
            }
        }
        if has(0.5) {
            for language in ["English", "Deutsch", "Français", "Polski"].prefix(Int.random(in: 1...4, using: &generator)) {
                var spoken = Language()
                spoken.language = language
                spoken.fluency =
                    Bool.random(using: &generator)
                    ? ["Native", "Fluent", "Professional working proficiency"].randomElement(using: &generator) : nil
                resume.languages.append(spoken)
            }
        }
        if has(0.5) {
            for number in 0..<Int.random(in: 1...3, using: &generator) {
                var interest = Interest()
                interest.name = "Interest \(number)"
                interest.keywords = (0..<Int.random(in: 0...10, using: &generator)).map { _ in
                    words.randomElement(using: &generator)!
                }
                resume.interests.append(interest)
            }
        }
        if has(0.5) {
            for number in 0..<Int.random(in: 1...2, using: &generator) {
                var reference = Reference()
                reference.name = "Referee \(number)"
                reference.reference = Bool.random(using: &generator) ? sentence(5, 40, using: &generator) : nil
                resume.references.append(reference)
            }
        }
        // In one résumé of three, short values that are also words of a list the document shows
        // (a course, a keyword, a skill, a language): each must still be measured on its own block.
        if index % 3 == 0 {
            let listed =
                resume.education.flatMap(\.courses) + resume.skills.flatMap(\.keywords) + ["Swift", "CUDA"]
                + resume.languages.compactMap(\.language) + resume.interests.flatMap(\.keywords)
            func pick() -> String { listed.randomElement(using: &generator)! }
            resume.work[0].summary = pick()
            if !resume.projects.isEmpty { resume.projects[resume.projects.count - 1].description = pick() }
            if !resume.awards.isEmpty { resume.awards[0].summary = pick() }
            if !resume.researchInterests.isEmpty { resume.researchInterests[0].summary = pick() }
            if !resume.references.isEmpty { resume.references[0].reference = pick() }
            if !resume.teaching.isEmpty { resume.teaching[0].highlights.insert(pick(), at: 0) }
        }
        // Sometimes the sections in another order, as meta.sections can set it.
        if Int.random(in: 0..<4, using: &generator) == 0 {
            resume.meta.sections = SectionKind.allCases.shuffled(using: &generator).map { SectionPlacement(section: $0) }
        }
        return resume
    }
}
