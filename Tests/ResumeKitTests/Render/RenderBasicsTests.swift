import XCTest

@testable import ResumeKit
@testable import ResumeThemes
@testable import TeXHyphenation

/// Formats, dates, engine choice and the document-level requirements of each format.
final class RenderBasicsTests: XCTestCase {
    private func classic() throws -> Renderer {
        Renderer(theme: try XCTUnwrap(Theme.builtin(named: "classic")))
    }

    func testOutputFormatTable() {
        XCTAssertEqual(OutputFormat.allCases.map(\.fileExtension), ["html", "tex", "txt"])
        XCTAssertEqual(OutputFormat(fileExtension: "HTM"), .html)
        XCTAssertEqual(OutputFormat(fileExtension: "text"), .text)
        XCTAssertEqual(OutputFormat(fileExtension: "tex"), .tex)
        XCTAssertNil(OutputFormat(fileExtension: "pdf"))
        XCTAssertTrue(OutputFormat.allCases.allSatisfy { !$0.summary.isEmpty && !$0.summary.contains("\n") })
    }

    func testDateStyles() {
        let may = PartialDate(year: 2019, month: 5, day: 14)
        let september = PartialDate(year: 2019, month: 9)
        XCTAssertEqual(DateFormatting(style: .short).format(may), "May 2019")
        XCTAssertEqual(DateFormatting(style: .short).format(september), "Sep 2019")
        XCTAssertEqual(DateFormatting(style: .long).format(september), "September 2019")
        XCTAssertEqual(DateFormatting(style: .numeric).format(may), "2019-05")
        XCTAssertEqual(DateFormatting(style: .long).format(PartialDate(year: 2020)), "2020")
    }

    func testPeriods() {
        let dates = DateFormatting(style: .short)
        let start = PartialDate(year: 2019, month: 5)
        XCTAssertEqual(dates.period(from: start, to: .present), "May 2019 – Present")
        XCTAssertEqual(dates.period(from: start, to: nil), "May 2019 – Present")
        XCTAssertEqual(dates.period(from: start, to: .date(PartialDate(year: 2021))), "May 2019 – 2021")
        XCTAssertEqual(dates.period(from: start, to: .date(PartialDate(year: 2019, month: 5, day: 30))), "May 2019")
        XCTAssertEqual(dates.period(from: nil, to: .date(start)), "May 2019")
        XCTAssertNil(dates.period(from: nil, to: .present))
        XCTAssertNil(dates.period(from: nil, to: nil))
    }

    func testTeXEngineFollowsTheText() {
        XCTAssertEqual(SampleResumes.realistic.requiredTeXEngine, .pdflatex, "Latin accents stay with pdflatex")
        XCTAssertEqual(SampleResumes.korean.requiredTeXEngine, .xelatex)
        var kana = Resume(basics: Basics(name: "Aiko"))
        kana.interests = [{ var interest = Interest(); interest.name = "カラオケ"; return interest }()]
        XCTAssertEqual(kana.requiredTeXEngine, .xelatex)
        var title = Resume(basics: Basics(name: "Kim"), skills: [{ var skill = Skill(); skill.name = "Swift"; return skill }()])
        XCTAssertEqual(title.requiredTeXEngine, .pdflatex)
        title.meta.sections = [SectionPlacement(section: .skills, title: "기술")]
        XCTAssertEqual(title.requiredTeXEngine, .xelatex, "section titles are shown too")
    }

    func testTeXStartsWithTheEngineLine() throws {
        let pdf = try classic().render(SampleResumes.realistic, as: .tex)
        XCTAssertTrue(pdf.hasPrefix("% !TEX program = pdflatex\n\\documentclass[a4paper]{article}\n"))
        XCTAssertTrue(pdf.contains("\\usepackage[T1]{fontenc}"))
        XCTAssertFalse(pdf.contains("xeCJK"))
        let xe = try classic().render(SampleResumes.korean, as: .tex)
        XCTAssertTrue(xe.hasPrefix("% !TEX program = xelatex\n% This document needs XeLaTeX"))
        XCTAssertTrue(xe.contains("\\setCJKmainfont{Noto Serif CJK KR}"))
        XCTAssertFalse(xe.contains("fontenc"))
    }

    func testLaTeXLayoutComesFromTheManifest() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let tex = try Renderer(theme: theme).render(SampleResumes.realistic, as: .tex)
        let layout = theme.manifest.layout
        XCTAssertTrue(tex.contains("top=\(layout.margins.top),bottom=\(layout.margins.bottom),left=\(layout.margins.left)"))
        XCTAssertTrue(tex.contains("\\fontsize{\(layout[.fontSize])}{\(layout[.baselineSkip])}"))
        XCTAssertTrue(tex.contains("\\leftskip=\(layout[.itemIndent])"))
        let html = try Renderer(theme: theme).render(SampleResumes.realistic, as: .html)
        XCTAssertTrue(html.contains("size: A4;"))
        XCTAssertTrue(html.contains("margin: \(layout.margins.top.css) \(layout.margins.right.css)"))
        XCTAssertTrue(html.contains("font-size: \(layout[.fontSize].css);"))
    }

    func testLetterPaperReachesLaTeXAndCSS() throws {
        var files = BuiltinThemeFiles.themes["classic"]!
        files["theme.yaml"] = files["theme.yaml"]!.replacingOccurrences(of: "paper: a4 ", with: "paper: letter ")
        let theme = try ThemeLoader(origin: "t").load(files: files, checkingTemplates: true)
        XCTAssertEqual(theme.manifest.layout.paper, .letter)
        let tex = try Renderer(theme: theme).render(SampleResumes.realistic, as: .tex)
        XCTAssertTrue(tex.contains("\\documentclass[letterpaper]{article}"))
        XCTAssertTrue(tex.contains("\\usepackage[letterpaper,top="))
        XCTAssertTrue(try Renderer(theme: theme).render(SampleResumes.realistic, as: .html).contains("size: letter;"))
    }

    func testHTMLDocumentShape() throws {
        let html = try classic().render(SampleResumes.korean, as: .html)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ko\">"))
        XCTAssertTrue(html.contains("<title>김민준 – 소프트웨어 엔지니어</title>"))
        XCTAssertTrue(html.contains("<h1>김민준</h1>"))
        XCTAssertTrue(html.contains("<h2>경력</h2>"))
        XCTAssertTrue(html.contains(":lang(ko) { --cjk-fallback: Noto Serif CJK KR, "))
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("<li>신입 엔지니어 5명의 온보딩과 코드 리뷰를 담당했습니다</li>"))
        let english = try classic().render(Resume(basics: Basics(name: "A")), as: .html)
        XCTAssertTrue(english.contains("<html lang=\"en\">"), "lang defaults to en")
        var odd = Resume(basics: Basics(name: "A"))
        odd.meta.locale = "en\" onload=\"x"
        XCTAssertTrue(try classic().render(odd, as: .html).contains("<html lang=\"en\">"), "a malformed locale falls back to en")
    }

    /// Every section kind renders in every format: a kind left out of a template would lose its text.
    func testEverySectionKindRendersInEveryFormat() throws {
        let resume = SampleResumes.realistic
        XCTAssertEqual(Set(resume.placedSections.map(\.kind)), Set(SectionKind.allCases))
        let marker: [SectionKind: String] = [
            .education: "Université de Montréal", .work: "Nordlicht Systems GmbH", .projects: "open-source résumé",
            .awards: "Best Paper Award", .researchInterests: "deterministic replay", .teaching: "Guest Lecturer",
            .skills: "Kubernetes", .volunteer: "Code Club Berlin", .publications: "Deterministic Replay at Scale",
            .certificates: "Certified Kubernetes Administrator", .languages: "Professional (C1)",
            .interests: "bike touring", .references: "Available on request.",
        ]
        for format in OutputFormat.allCases {
            let output = try classic().render(resume, as: format)
            for kind in SectionKind.allCases {
                let expected = try XCTUnwrap(marker[kind])
                let shown = format == .tex ? LaTeXEscaping.text(expected) : format == .html ? HTMLEscaping.text(expected) : expected
                XCTAssertTrue(output.contains(shown), "\(format): \(kind) does not show \(expected)")
                let title = format == .text ? kind.defaultTitle.uppercased() : format == .html ? HTMLEscaping.text(kind.defaultTitle) : LaTeXEscaping.text(kind.defaultTitle)
                XCTAssertTrue(output.contains(title), "\(format): no heading for \(kind)")
            }
        }
    }

    func testHiddenAndRetitledSections() throws {
        var resume = SampleResumes.realistic
        resume.meta.sections = [
            SectionPlacement(section: .skills, title: "Toolbox"),
            SectionPlacement(section: .references, hidden: true),
        ]
        let text = try classic().render(resume, as: .text)
        XCTAssertFalse(text.contains("REFERENCES"))
        XCTAssertFalse(text.contains("Available on request."))
        let toolbox = try XCTUnwrap(text.range(of: "TOOLBOX"))
        let education = try XCTUnwrap(text.range(of: "EDUCATION"))
        XCTAssertLessThan(toolbox.lowerBound, education.lowerBound, "listed sections come first")
    }

    func testRendererThrowsForAFormatTheThemeLacks() throws {
        var files = BuiltinThemeFiles.themes["classic"]!.filter { !$0.key.hasPrefix("tex/") }
        files["theme.yaml"] = files["theme.yaml"]!.replacingOccurrences(of: "formats: [html, tex, text]", with: "formats: [html, text]")
        let theme = try ThemeLoader(origin: "t").load(files: files, checkingTemplates: true)
        XCTAssertThrowsError(try Renderer(theme: theme).render(SampleResumes.realistic, as: .tex)) { error in
            XCTAssertEqual(error as? ThemeError, .formatNotProvided(theme: "classic", format: .tex))
        }
    }

    /// Missing fields leave no dangling punctuation, no empty header line and no heading over
    /// nothing: an entry is headed by the first field that stands in for its title.
    func testMissingTitlesAndEmptySectionsShowNothingOdd() throws {
        let yaml = """
            basics: {name: Ada Park}
            awards:
              - title: ""
            work:
              - {position: Contractor, startDate: 2020-01}
            publications:
              - {url: "https://doi.org/10.1000/xyz", releaseDate: 2021-03}
              - {publisher: NeurIPS}
            """
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: yaml, file: "odd.yaml").resume)
        XCTAssertTrue(resume.isEmpty(.awards), "an award with nothing in it is no award")
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            let latex = try Renderer(theme: theme).render(resume, as: .tex)
            XCTAssertFalse(latex.contains("{Awards}"), name)
            XCTAssertTrue(latex.contains("\\cventry{Contractor}{Jan 2020 – Present}{}{}"), "\(name): the position heads the job")
            XCTAssertTrue(latex.contains("\\cventry{\\href{https://doi.org/10.1000/xyz}{doi.org/"), "\(name): the link heads the paper")
            XCTAssertTrue(latex.contains("\\cventry{NeurIPS}{}{}{}"), "\(name): the publisher heads the paper")
            for format in [OutputFormat.text, .html] {
                let output = try Renderer(theme: theme).render(resume, as: format)
                XCTAssertFalse(output.contains("\n, ") || output.contains(">, <"), "\(name) \(format): no leading comma")
                XCTAssertFalse(output.contains("Awards") || output.contains("AWARDS"), "\(name) \(format)")
            }
        }
    }
}
