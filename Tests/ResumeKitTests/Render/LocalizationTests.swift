import Foundation
import XCTest

@testable import ResumeKit
import TestSupport
@testable import ResumeLint
@testable import ResumeRender

/// Section titles, "Present" and dates in each supported language, the file's overrides on top,
/// and what the localized labels change downstream: the TeX engine, the fit and lint messages.
final class LocalizationTests: XCTestCase {
    private let may = PartialDate(year: 2019, month: 5)
    private let september = PartialDate(year: 2019, month: 9, day: 14)
    private let year = PartialDate(year: 2019)

    // MARK: The tables

    func testTitlesAndPresentInEachLanguage() {
        let expected: [(LabelLanguage, education: String, work: String, skills: String, present: String)] = [
            (.en, "Education", "Work Experience", "Technical Skills", "Present"),
            (.ko, "학력", "경력", "기술", "현재"),
            (.ja, "学歴", "職歴", "技術スキル", "現在"),
            (.zh, "教育背景", "工作经历", "专业技能", "至今"),
            (.de, "Ausbildung", "Berufserfahrung", "Technische Kenntnisse", "heute"),
            (.fr, "Formation", "Expérience professionnelle", "Compétences techniques", "aujourd’hui"),
            (.es, "Formación", "Experiencia profesional", "Conocimientos técnicos", "actualidad"),
            (.ru, "Образование", "Опыт работы", "Технические навыки", "настоящее время"),
        ]
        XCTAssertEqual(expected.map(\.0), LabelLanguage.allCases, "every language is checked")
        for (language, education, work, skills, present) in expected {
            let labels = Localization(locale: language.rawValue)
            XCTAssertEqual(labels.language, language)
            XCTAssertEqual(labels.title(of: .education), education, "\(language)")
            XCTAssertEqual(labels.title(of: .work), work, "\(language)")
            XCTAssertEqual(labels.title(of: .skills), skills, "\(language)")
            XCTAssertEqual(labels.present, present, "\(language)")
        }
    }

    func testKoreanTitlesOfThePostsSevenSections() {
        let korean = Localization(locale: "ko")
        XCTAssertEqual(
            RequiredSectionsRule.required.map(korean.title(of:)),
            ["학력", "경력", "프로젝트", "수상", "연구 관심 분야", "강의 및 대외활동", "기술"])
    }

    func testEveryLanguageHasItsOwnTitleForEverySection() {
        for language in LabelLanguage.allCases {
            let titles = SectionKind.allCases.map(Localization(locale: language.rawValue).title(of:))
            XCTAssertFalse(titles.contains { $0.isEmpty }, "\(language)")
            XCTAssertEqual(Set(titles).count, titles.count, "\(language): two sections share a title")
        }
        XCTAssertEqual(SectionKind.allCases.map(\.defaultTitle), SectionKind.allCases.map(Localization.english.title(of:)))
    }

    func testDatesInEachLanguageAndStyle() {
        // language: (May short, long, numeric), (September short, long), (a year alone short, long, numeric)
        let expected: [(LabelLanguage, [String], [String], [String])] = [
            (.en, ["May 2019", "May 2019", "2019-05"], ["Sep 2019", "September 2019"], ["2019", "2019", "2019"]),
            (.ko, ["2019.05", "2019년 5월", "2019-05"], ["2019.09", "2019년 9월"], ["2019", "2019년", "2019"]),
            (.ja, ["2019年5月", "2019年5月", "2019/05"], ["2019年9月", "2019年9月"], ["2019年", "2019年", "2019"]),
            (.zh, ["2019.05", "2019年5月", "2019-05"], ["2019.09", "2019年9月"], ["2019", "2019年", "2019"]),
            (.de, ["Mai 2019", "Mai 2019", "05/2019"], ["Sept. 2019", "September 2019"], ["2019", "2019", "2019"]),
            (.fr, ["mai 2019", "mai 2019", "05/2019"], ["sept. 2019", "septembre 2019"], ["2019", "2019", "2019"]),
            (.es, ["may. 2019", "mayo 2019", "05/2019"], ["sept. 2019", "septiembre 2019"], ["2019", "2019", "2019"]),
            (.ru, ["май 2019", "май 2019", "05.2019"], ["сент. 2019", "сентябрь 2019"], ["2019", "2019", "2019"]),
        ]
        XCTAssertEqual(expected.map(\.0), LabelLanguage.allCases, "every language is checked")
        for (language, mays, septembers, years) in expected {
            let labels = Localization(locale: language.rawValue)
            let styles: [DateStyle] = [.short, .long, .numeric]
            XCTAssertEqual(styles.map { DateFormatting(style: $0, localization: labels).format(may) }, mays, "\(language)")
            XCTAssertEqual(
                [DateStyle.short, .long].map { DateFormatting(style: $0, localization: labels).format(september) },
                septembers, "\(language)")
            XCTAssertEqual(styles.map { DateFormatting(style: $0, localization: labels).format(year) }, years, "\(language)")
        }
    }

    func testEveryMonthOfEveryLanguage() {
        for language in LabelLanguage.allCases {
            for style in DateStyle.allCases {
                let dates = DateFormatting(style: style, localization: Localization(locale: language.rawValue))
                let months = (1...12).map { dates.format(PartialDate(year: 2020, month: $0)) }
                XCTAssertEqual(Set(months).count, 12, "\(language) \(style): \(months)")
                XCTAssertFalse(months.contains { $0.contains("{") }, "\(language) \(style): a placeholder is left")
            }
        }
        let german = DateFormatting(style: .short, localization: Localization(locale: "de"))
        XCTAssertEqual(german.format(PartialDate(year: 2020, month: 3)), "März 2020")
        let french = DateFormatting(style: .long, localization: Localization(locale: "fr"))
        XCTAssertEqual(french.format(PartialDate(year: 2020, month: 8)), "août 2020")
        XCTAssertEqual(french.format(PartialDate(year: 2020, month: 2)), "février 2020")
        let russian = DateFormatting(style: .short, localization: Localization(locale: "ru-RU"))
        XCTAssertEqual(russian.format(PartialDate(year: 2019, month: 9)), "сент. 2019")
        XCTAssertEqual(DateFormatting(style: .numeric, localization: Localization(locale: "ru")).format(PartialDate(year: 2019, month: 9)), "09.2019")
    }

    /// Russian labels are Cyrillic, so even a résumé written in English with `locale: ru` is set
    /// in Computer Modern Unicode by XeLaTeX.
    func testRussianLabelsAndTheFontTheyNeed() throws {
        let russian = Localization(locale: "ru")
        XCTAssertEqual(russian.title(of: .work), "Опыт работы")
        XCTAssertEqual(russian.present, "настоящее время")
        XCTAssertEqual(russian.label("talk"), "Доклад")
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: "basics: {name: Ada}\nmeta: {locale: ru}\nwork: [{name: Acme, startDate: '2019-09'}]\n", file: "cv.yaml").resume)
        XCTAssertEqual(resume.requiredTeXEngine, .xelatex)
        XCTAssertTrue(resume.setsCyrillicAndGreekInCMU)
        let latex = try Renderer(theme: XCTUnwrap(Theme.builtin(named: "classic"))).render(resume, as: .tex)
        XCTAssertTrue(latex.contains("\\cventry{Acme}{сент. 2019 – настоящее время}{}{}"), latex)
    }

    func testPeriodsEndWithTheLanguagesPresent() {
        let cases: [(String, DateStyle, String)] = [
            ("ko", .short, "2019.05 – 현재"),
            ("ko", .long, "2019년 5월 – 현재"),
            ("ja", .long, "2019年5月 – 現在"),
            ("zh", .short, "2019.05 – 至今"),
            ("de", .long, "Mai 2019 – heute"),
            ("fr", .short, "mai 2019 – aujourd’hui"),
            ("es", .long, "mayo 2019 – actualidad"),
            ("en", .short, "May 2019 – Present"),
        ]
        for (locale, style, period) in cases {
            let dates = DateFormatting(style: style, localization: Localization(locale: locale))
            XCTAssertEqual(dates.period(from: may, to: .present), period)
            XCTAssertEqual(dates.period(from: may, to: nil), period)
        }
        let korean = DateFormatting(style: .long, localization: Localization(locale: "ko"))
        XCTAssertEqual(korean.period(from: may, to: .date(september)), "2019년 5월 – 2019년 9월")
    }

    // MARK: Choosing the language

    func testTheLanguageIsChosenByItsSubtagIgnoringCase() {
        let cases: [(String?, LabelLanguage)] = [
            ("ko-KR", .ko), ("KO", .ko), ("ko_KR", .ko), ("ja-JP", .ja), ("zh-Hant-TW", .zh), ("zh-CN", .zh),
            ("de-CH", .de), ("fr-CA", .fr), ("es-419", .es), ("en-GB", .en), ("EN", .en),
            (nil, .en), ("", .en), ("pt-BR", .en), ("korean", .en), ("-ko", .en),
        ]
        for (locale, language) in cases {
            XCTAssertEqual(Localization(locale: locale).language, language, "\(locale ?? "nil")")
        }
        XCTAssertNil(LabelLanguage(localeTag: "pt"))
    }

    func testAResumeWithoutALocaleKeepsItsEnglishLabels() {
        let resume = Self.englishContent(locale: nil)
        XCTAssertEqual(resume.localization, .english)
        XCTAssertEqual(resume.placedSections.map(\.title), ["Education", "Work Experience", "Awards"])
    }

    // MARK: Overrides

    func testMetaSectionsWinsOverMetaLabelsWhichWinsOverTheLocale() {
        var resume = Self.englishContent(locale: "ko-KR")
        XCTAssertEqual(resume.placedSections.map(\.title), ["학력", "경력", "수상"])
        resume.meta.labels = LabelOverrides(sectionTitles: [.work: "경력사항", .education: "학력사항"])
        XCTAssertEqual(resume.placedSections.map(\.title), ["학력사항", "경력사항", "수상"])
        resume.meta.sections = [SectionPlacement(section: .work, title: "주요 경력")]
        XCTAssertEqual(resume.placedSections.map(\.title), ["주요 경력", "학력사항", "수상"])
    }

    func testPresentCoursesAndMonthOverrides() throws {
        var labels = LabelOverrides(present: "재직 중", courses: "주요 과목")
        labels.months = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
        let localization = Localization(locale: "ko", overrides: labels)
        XCTAssertEqual(localization.present, "재직 중")
        XCTAssertEqual(localization.courses, "주요 과목")
        XCTAssertEqual(DateFormatting(style: .long, localization: localization).period(from: may, to: nil), "2019년 Mai – 재직 중")
        let short = DateFormatting(style: .short, localization: localization)
        XCTAssertEqual(short.format(may), "2019.05", "Korean short dates name no month")
        let german = Localization(locale: "de", overrides: labels)
        XCTAssertEqual(DateFormatting(style: .short, localization: german).format(PartialDate(year: 2021, month: 3)), "Mär 2021")
    }

    func testAMonthNameIsWrittenAsGiven() {
        var labels = LabelOverrides()
        labels.months = Array(repeating: "{year}", count: 12)
        let dates = DateFormatting(style: .short, localization: Localization(locale: "en", overrides: labels))
        XCTAssertEqual(dates.format(may), "{year} 2019")
    }

    // MARK: Rendering

    func testEveryFormatOfEveryThemeIsLocalized() throws {
        let resume = Self.englishContent(locale: "de")
        for name in Theme.builtinNames {
            let renderer = Renderer(theme: try XCTUnwrap(Theme.builtin(named: name)))
            for format in renderer.theme.formats {
                let output = try renderer.render(resume, as: format)
                let present = Self.formatted(Localization(locale: "de").present, for: format)
                for title in ["Ausbildung", "Berufserfahrung", "Auszeichnungen"] {
                    let shown = output.contains(title) || output.contains(title.uppercased())
                    XCTAssertTrue(shown, "\(name) \(format) lacks \(title)")
                }
                XCTAssertTrue(output.contains(present), "\(name) \(format) lacks \(present)")
                XCTAssertFalse(output.contains("Present"), "\(name) \(format)")
                XCTAssertFalse(output.contains("Work Experience"), "\(name) \(format)")
            }
        }
    }

    func testTheContextGivesTemplatesTheLabels() throws {
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let resume = Self.englishContent(locale: "ja")
        let context = ContextBuilder(manifest: theme.manifest, options: RenderOptions(), scripts: DocumentScripts(resume))
            .context(for: resume)
        let labels = try XCTUnwrap(context.child(named: "labels"))
        XCTAssertEqual(labels.child(named: "present"), "現在")
        XCTAssertEqual(labels.child(named: "courses"), "履修科目")
        guard case .list(let sections) = context.child(named: "sections") else { return XCTFail("no sections") }
        XCTAssertEqual(sections.map { $0.child(named: "title") }, ["学歴", "職歴", "受賞歴"])
    }

    func testKoreanLocaleWithEnglishContentIsSetByXeLaTeX() throws {
        let english = Self.englishContent(locale: "en")
        XCTAssertEqual(english.requiredTeXEngine, .pdflatex)
        let korean = Self.englishContent(locale: "ko")
        XCTAssertEqual(korean.requiredTeXEngine, .xelatex, "the Korean section titles need xelatex")
        let tex = try Renderer(theme: try XCTUnwrap(Theme.builtin(named: "classic"))).render(korean, as: .tex)
        XCTAssertTrue(tex.hasPrefix("% !TEX program = xelatex\n"), String(tex.prefix(80)))
        XCTAssertTrue(tex.contains("xeCJK"))
        XCTAssertTrue(tex.contains("학력"))
        XCTAssertTrue(tex.contains("{2019.05 – 현재}"))
    }

    func testLocalizedDatesAloneChooseXeLaTeX() {
        // Every title is given in English, so only the Japanese dates and "現在" need xelatex.
        var resume = Self.englishContent(locale: "ja")
        resume.meta.labels.sectionTitles = [.education: "Education", .work: "Work", .awards: "Awards"]
        XCTAssertEqual(resume.requiredTeXEngine, .xelatex)
        resume.meta.labels.present = "now"
        resume.meta.locale = "de"
        XCTAssertEqual(resume.requiredTeXEngine, .pdflatex, "German labels are in T1")
        resume.meta.labels.present = "지금"
        XCTAssertEqual(resume.requiredTeXEngine, .xelatex, "the word for an ongoing period is shown")
    }

    // MARK: Loading and lint

    func testAnUnsupportedLocaleIsAWarningAndTheLabelsAreEnglish() throws {
        let result = load("basics: {name: Ada}\nwork: [{name: Acme, startDate: '2019-05'}]\nmeta:\n  locale: pt-BR\n")
        XCTAssertEqual(result.rendered, [
            "4:11: warning: no built-in labels for locale 'pt-BR'; section titles, dates and 'Present' fall back"
                + " to English (labels exist for en, ko, ja, zh, de, fr, es, ru); set your own in meta.labels",
        ])
        let resume = try XCTUnwrap(result.resume, "a warning does not stop loading")
        XCTAssertEqual(resume.meta.locale, "pt-BR", "HTML lang keeps the file's locale")
        XCTAssertEqual(resume.placedSections.map(\.title), ["Work Experience"])
    }

    func testSupportedLocalesLoadWithoutAWarning() {
        for locale in ["ko", "ko-KR", "JA", "zh-Hans", "de-AT", "fr", "es-MX", "en-US"] {
            XCTAssertEqual(load("basics: {name: Ada}\nmeta: {locale: \(locale)}").rendered, [], locale)
        }
    }

    func testRequiredSectionsNamesTheHeadingInTheResumesLanguage() throws {
        let yaml = """
            basics: {name: 김민준, email: minjun@example.com}
            education: [{institution: 서울대학교}]
            work: [{name: 네이버}]
            projects: [{name: 검색}]
            researchInterests: [{name: NLU}]
            teaching: [{organization: 밋업}]
            skills: [{name: 언어}]
            meta:
              locale: ko
              labels: {awards: 수상 경력}
            """
        XCTAssertEqual(try findings(of: RequiredSectionsRule(), in: yaml), [
            "1:1 -: section 'awards' (수상 경력) is missing; fill it in, or hide it on purpose with meta.sections: [{section: awards, hidden: true}]",
        ])
    }

    /// German and French titles and dates are set in T1 with accents; the fit engine measures the
    /// LaTeX they render to exactly as pdfLaTeX sets it.
    func testGermanAndFrenchResumesFitAsPdfLaTeXSetsThem() throws {
        try RequiredTool.path(of: "pdflatex")
        let example = try XCTUnwrap(ResumeLoader.load(contentsOf: TestPaths.examples.appendingPathComponent("cv.yaml")).resume)
        for locale in ["de", "fr", "es"] {
            var resume = example
            resume.meta.locale = locale
            XCTAssertEqual(resume.requiredTeXEngine, .pdflatex, locale)
            let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
            let result = try FitVerifier(engine: FitEngine(theme: theme)).verify(resume)
            XCTAssertFalse(result.isApproximate, locale)
            XCTAssertGreaterThan(result.itemsMeasured, 10, locale)
            XCTAssertEqual(result.itemsMeasured, result.items.count, locale)
            XCTAssertEqual(result.diagnostics(file: locale).map(\.message), [], locale)
        }
    }
}

private extension LocalizationTests {
    /// English content with an education, an ongoing job and an award, in `locale`.
    static func englishContent(locale: String?) -> Resume {
        var education = Education()
        education.institution = "University of Lakemere"
        education.studyType = "MSc"
        education.startDate = PartialDate(year: 2017, month: 9)
        education.endDate = .date(PartialDate(year: 2019, month: 2))
        education.courses = ["Machine Learning"]
        var work = Work()
        work.name = "Acme AI"
        work.position = "ML Engineer"
        work.startDate = PartialDate(year: 2019, month: 5)
        work.highlights = ["Built a retrieval pipeline that cut latency by 40%"]
        var award = Award()
        award.title = "Best Paper"
        award.date = PartialDate(year: 2018, month: 10)
        return Resume(
            basics: Basics(name: "Ada Park", email: "ada@example.com"),
            education: [education], work: [work], awards: [award],
            meta: Meta(locale: locale))
    }

    /// A label as a format writes it: escaped.
    static func formatted(_ label: String, for format: OutputFormat) -> String {
        switch format {
        case .html: HTMLEscaping.text(label)
        case .tex: LaTeXEscaping.text(label)
        case .text: label
        }
    }

    /// An enumerated value is shown as a label: a known activity in the résumé's language, any
    /// other word with a capital when it was all lower case, and never raw.
    func testLabelsAreWordsInTheResumesLanguage() throws {
        XCTAssertEqual(Localization(locale: "en").label("talk"), "Talk")
        XCTAssertEqual(Localization(locale: "ko-KR").label("talk"), "발표")
        XCTAssertEqual(Localization(locale: "de").label("Teaching"), "Lehre")
        XCTAssertEqual(Localization(locale: "en").label("advanced"), "Advanced")
        XCTAssertEqual(Localization(locale: "en").label("iOS"), "iOS")
        XCTAssertEqual(Localization(locale: "en").label("Native speaker"), "Native speaker")
        XCTAssertEqual(Localization(locale: "en").label("강의"), "강의")

        var resume = Resume(basics: Basics(name: "Ada"))
        resume.meta.locale = "ko"
        var talk = Teaching()
        talk.organization = "Meetup"
        talk.kind = "talk"
        resume.teaching = [talk]
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        XCTAssertTrue(try Renderer(theme: theme).render(resume, as: .tex).contains("{발표}"))
        XCTAssertEqual(resume.requiredTeXEngine, .xelatex, "the label is Korean, so XeLaTeX sets the LaTeX")
    }
}
