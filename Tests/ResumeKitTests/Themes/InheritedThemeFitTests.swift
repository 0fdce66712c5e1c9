import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeThemes
@testable import ResumeFit

/// A user's theme that extends a built-in one and changes only spacing values and the heading
/// style is measured exactly: the fit engine reads the merged manifest, and pdfLaTeX agrees on
/// every item's lines and page, the page count and the free lines.
final class InheritedThemeFitTests: XCTestCase {
    /// `extends: classic` with larger spaces, a wider left margin and bigger headings, every block
    /// look changed (`blocks:`: a flush-left, muted header, headings as written, a light rule,
    /// accent bullets, contact icons), and the headings in bold capitals: its own `tex/resume.mustache`, classic's
    /// but for that line.
    private func spacedTheme() throws -> Theme {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("resume-spaced-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let classicDocument = try XCTUnwrap(BuiltinThemeFiles.themes["classic"]?["tex/resume.mustache"])
        let heading = "\\cvsection{<<title>>}"
        XCTAssertTrue(classicDocument.contains(heading))
        let files = [
            "theme.yaml": """
                name: spaced
                extends: classic
                blocks: {header: flush-left, headerDetails: muted, heading: as-written, rule: light, bullet: accent, icons: true}
                layout:
                  margins: {left: 25mm}
                  headingSize: 14pt
                  headingSkip: 17pt
                  headingBefore: 14pt
                  headingAfter: 6pt
                  entryBefore: 8pt
                  itemBefore: 3pt
                  itemIndent: 16pt

                """,
            "tex/resume.mustache": classicDocument.replacingOccurrences(
                of: heading, with: "\\cvsection{\\upshape\\bfseries <<uppercased(title)>>}"),
        ]
        for (path, text) in files {
            let file = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return try Theme.resolve(folder.path)
    }

    func testASpacedThemeExtendingClassicIsMeasuredExactly() throws {
        try RequiredTool.path(of: "pdflatex")
        let theme = try spacedTheme()
        let classic = try XCTUnwrap(Theme.builtin(named: "classic"))
        XCTAssertEqual(theme.manifest.layout[.itemIndent], Length(16, .pt))
        XCTAssertEqual(theme.manifest.layout.margins.right, classic.manifest.layout.margins.right)

        var generator = SeededGenerator(seed: 12)
        let examples = try ["cv.yaml", "minimal.yaml"].map { name in
            (name, try XCTUnwrap(ResumeLoader.load(contentsOf: TestPaths.examples.appendingPathComponent(name)).resume))
        }
        let resumes = examples + (1...3).map { ("generated-\($0)", GeneratedResume.make($0, using: &generator)) }
        var differsFromClassic = false
        var items = 0
        var longest = 0
        for (name, resume) in resumes {
            let fit = try FitEngine(theme: theme).fit(resume)
            XCTAssertFalse(fit.approximate, name)
            if fit != (try FitEngine(theme: classic).fit(resume)) { differsFromClassic = true }

            // Linted: no rule says the fit could not be measured.
            let findings = Linter().lint(LintSubject(resume: resume, file: name, fit: fit, theme: theme))
            XCTAssertFalse(findings.contains { $0.rule == "fit" }, "\(name): \(findings.map(\.message))")

            let result = try FitVerifier(engine: FitEngine(theme: theme)).verify(resume)
            XCTAssertEqual(result.items.map(\.path).sorted(), resume.proseValues.map(\.path).sorted(), name)
            XCTAssertEqual(result.itemsMeasured, result.items.count, "\(name): pdfLaTeX measured every item")
            XCTAssertEqual(result.items.map(\.lines), result.items.map(\.predictedLines), name)
            XCTAssertEqual(result.items.map(\.page), result.items.map(\.predictedPage), name)
            XCTAssertEqual(result.pages, result.predictedPages, name)
            XCTAssertEqual(result.pages, fit.pages, name)
            XCTAssertEqual(result.freeLines, result.predictedFreeLines, name)
            XCTAssertFalse(result.isApproximate, name)
            XCTAssertEqual(result.diagnostics(file: name).map(\.message), [], name)
            items += result.items.count
            longest = max(longest, result.pages ?? 0)
        }
        print("spaced theme against pdfLaTeX: \(items) items in \(resumes.count) documents, up to \(longest) pages, all agree")
        XCTAssertGreaterThanOrEqual(items, 60)
        XCTAssertGreaterThanOrEqual(longest, 2, "a document breaks across pages")
        XCTAssertTrue(differsFromClassic, "the changed values are measured, not classic's")
    }
}
