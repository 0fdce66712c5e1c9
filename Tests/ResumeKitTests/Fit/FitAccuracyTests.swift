import Foundation
import XCTest
@testable import ResumeKit
import TestSupport

/// The fit engine against pdfLaTeX on whole documents: generated résumés of varied length and
/// content, and the bundled examples, in every built-in theme. Every item's line count and every
/// page count not flagged as near a page boundary must be TeX's.
final class FitAccuracyTests: XCTestCase {
    func testGeneratedResumesAndExamplesAgreeWithTeX() throws {
        try RequiredTool.path(of: "pdflatex")
        var generator = SeededGenerator(seed: 2026)
        var resumes = (0..<36).map { index in GeneratedResume.make(index, using: &generator) }
        for name in ["cv", "minimal"] {
            let url = TestPaths.examples.appendingPathComponent("\(name).yaml")
            resumes.append(try XCTUnwrap(ResumeLoader.load(contentsOf: url).resume, name))
        }
        var items = 0, itemAgreements = 0, documents = 0, pageAgreements = 0, nearBoundary = 0
        for themeName in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: themeName))
            let verifier = FitVerifier(engine: FitEngine(theme: theme))
            for (index, resume) in resumes.enumerated() {
                let result = try verifier.verify(resume)
                items += result.itemsChecked
                itemAgreements += result.itemsChecked - result.disagreements.count
                for disagreement in result.disagreements {
                    XCTFail("\(themeName) résumé \(index) \(disagreement.path): predicted \(disagreement.predicted) lines, TeX \(disagreement.actual)")
                }
                documents += 1
                if result.pages == result.predictedPages {
                    pageAgreements += 1
                } else if result.nearPageBoundary {
                    nearBoundary += 1
                } else {
                    XCTFail("\(themeName) résumé \(index): predicted \(result.predictedPages) pages, TeX \(result.pages)")
                }
            }
        }
        print("fit engine agrees with pdfLaTeX on \(itemAgreements)/\(items) items and \(pageAgreements)/\(documents) page counts (\(nearBoundary) flagged near a page boundary)")
        XCTAssertGreaterThanOrEqual(items, 500, "the corpus is large enough to mean something")
    }
}

/// Résumés of random size and content, with what real ones contain: numbers, %, $, &, C++, C#,
/// hyphenated compounds, URLs, long words and accented names.
enum GeneratedResume {
    static let words = [
        "model", "pipeline", "latency", "throughput", "distributed", "training", "inference", "Transformer",
        "retrieval-augmented", "state-of-the-art", "end-to-end", "C++", "C#", "PyTorch", "TensorFlow",
        "Kubernetes", "15%", "$1.2M", "R&D", "3×", "2.4M", "p95", "GPU", "multilingual", "Zürich", "Łódź",
        "Brändli", "recommendation", "classification", "optimization", "infrastructure", "evaluation",
        "dialogue", "pre-training", "data", "team", "users", "requests", "accuracy", "cost", "by", "with",
        "and", "the", "for", "of", "to", "across", "in", "while", "reducing", "improving", "raising",
        "github.com/example/tool", "(NLU)", "\"quoted\"", "incomprehensibilities", "internationalization",
        "A/B", "k8s", "<1%", "~40", "#1", "e.g.", "per-tenant", "re-ranking",
    ]
    static let verbs = ["Built", "Led", "Designed", "Shipped", "Reduced", "Improved", "Scaled", "Migrated", "Owned"]

    static func sentence(_ minimum: Int, _ maximum: Int, using generator: inout SeededGenerator) -> String {
        let count = Int.random(in: minimum...maximum, using: &generator)
        let body = (0..<count).map { _ in words.randomElement(using: &generator)! }
        var text = verbs.randomElement(using: &generator)! + " " + body.joined(separator: " ")
        if Bool.random(using: &generator) { text += "." }
        return text
    }

    static func make(_ index: Int, using generator: inout SeededGenerator) -> Resume {
        var resume = Resume(basics: Basics(name: "Person \(index) Müller-Lüdenscheidt", label: "Engineer", email: "p\(index)@example.com"))
        resume.basics.summary = Bool.random(using: &generator) ? sentence(10, 40, using: &generator) : nil
        for job in 0..<Int.random(in: 1...4, using: &generator) {
            var work = Work()
            work.name = "Company \(job)"
            work.position = "Senior Engineer"
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
            resume.projects.append(project)
        }
        var skill = Skill()
        skill.name = "Languages"
        skill.keywords = (0..<Int.random(in: 2...20, using: &generator)).map { _ in words.randomElement(using: &generator)! }
        resume.skills = [skill]
        var award = Award()
        award.title = "Best Paper"
        award.summary = sentence(3, 20, using: &generator)
        resume.awards = Bool.random(using: &generator) ? [award] : []
        return resume
    }
}
