/// The labels one résumé is rendered with — section titles, the word for an unfinished period,
/// and how dates are written — from the tables of its locale, under the file's own `meta.labels`.
public struct Localization: Sendable, Equatable {
    /// The language of the tables; English when `meta.locale` names none that has them.
    public let language: LabelLanguage
    /// The file's own labels, which win over the tables.
    package let overrides: LabelOverrides

    public init(locale: String?, overrides: LabelOverrides = LabelOverrides()) {
        self.language = locale.flatMap(LabelLanguage.init(localeTag:)) ?? .en
        self.overrides = overrides
    }

    /// English with no overrides: the labels of a résumé that says nothing about them.
    package static let english = Localization(locale: nil)

    /// A section's heading when `meta.sections` gives it none.
    public func title(of section: SectionKind) -> String {
        overrides.sectionTitles[section] ?? SectionTitleTable.titles(of: section)[language]
    }

    /// What an unfinished period ends with: "May 2019 – Present".
    public var present: String {
        overrides.present ?? WordTable.present[language]
    }

    /// What the list of an education entry's courses is headed with: "Courses".
    package var courses: String {
        overrides.courses ?? WordTable.courses[language]
    }

    /// A `label` field's value as shown: the word in the résumé's language when it is one the
    /// labels know (`talk` is "Talk", 발표 in Korean), otherwise the value with a capital first
    /// letter when it is all lower case (`advanced` is "Advanced"; `iOS` stays).
    public func label(_ value: String) -> String {
        if let kind = ActivityKind(rawValue: value.lowercased()) { return kind.label[language] }
        guard let first = value.first, value == value.lowercased(), first.isLowercase else { return value }
        return first.uppercased() + value.dropFirst()
    }

    /// How a date is written in a theme's date style, with the file's month names if it gives them.
    package func datePattern(_ style: DateStyle) -> DatePattern {
        var pattern = DatePatternTable.pattern(language, style)
        if let months = overrides.months, months.count == 12 { pattern.monthNames = months }
        return pattern
    }
}

extension Resume {
    /// The labels this résumé is rendered with, from `meta.locale` and `meta.labels`.
    package var localization: Localization {
        Localization(locale: meta.locale, overrides: meta.labels)
    }
}

/// A language the built-in labels are written in.
public enum LabelLanguage: String, Sendable, CaseIterable {
    case en, ko, ja, zh, de, fr, es, ru

    /// The language of a BCP 47 tag by its first subtag, ignoring case: `ko-KR`, `KO` and `ko_KR`
    /// are all Korean. Nil when there are no labels in that language.
    public init?(localeTag: String) {
        let subtag = localeTag.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" })[0]
        self.init(rawValue: subtag.lowercased())
    }
}

/// One label in every language, so that a new language cannot be added without every label.
struct Translations: Sendable {
    let en, ko, ja, zh, de, fr, es, ru: String

    subscript(language: LabelLanguage) -> String {
        switch language {
        case .en: en
        case .ko: ko
        case .ja: ja
        case .zh: zh
        case .de: de
        case .fr: fr
        case .es: es
        case .ru: ru
        }
    }
}

/// Section headings as résumés in each language write them.
enum SectionTitleTable {
    static func titles(of section: SectionKind) -> Translations {
        switch section {
        case .education:
            Translations(
                en: "Education", ko: "학력", ja: "学歴", zh: "教育背景",
                de: "Ausbildung", fr: "Formation", es: "Formación", ru: "Образование")
        case .work:
            Translations(
                en: "Work Experience", ko: "경력", ja: "職歴", zh: "工作经历",
                de: "Berufserfahrung", fr: "Expérience professionnelle", es: "Experiencia profesional", ru: "Опыт работы")
        case .projects:
            Translations(
                en: "Projects", ko: "프로젝트", ja: "プロジェクト", zh: "项目经历",
                de: "Projekte", fr: "Projets", es: "Proyectos", ru: "Проекты")
        case .awards:
            Translations(
                en: "Awards", ko: "수상", ja: "受賞歴", zh: "获奖情况",
                de: "Auszeichnungen", fr: "Prix et distinctions", es: "Premios", ru: "Награды")
        case .researchInterests:
            Translations(
                en: "Research Interests", ko: "연구 관심 분야", ja: "研究分野", zh: "研究方向",
                de: "Forschungsinteressen", fr: "Thèmes de recherche", es: "Intereses de investigación", ru: "Научные интересы")
        case .teaching:
            Translations(
                en: "Teaching & Extracurricular", ko: "강의 및 대외활동", ja: "教育・課外活動", zh: "教学与课外活动",
                de: "Lehre & Engagement", fr: "Enseignement et activités", es: "Docencia y actividades", ru: "Преподавание и общественная работа")
        case .skills:
            Translations(
                en: "Technical Skills", ko: "기술", ja: "技術スキル", zh: "专业技能",
                de: "Technische Kenntnisse", fr: "Compétences techniques", es: "Conocimientos técnicos", ru: "Технические навыки")
        case .volunteer:
            Translations(
                en: "Volunteering", ko: "봉사활동", ja: "ボランティア活動", zh: "志愿经历",
                de: "Ehrenamt", fr: "Bénévolat", es: "Voluntariado", ru: "Волонтёрство")
        case .publications:
            Translations(
                en: "Publications", ko: "논문 및 출판물", ja: "論文・著作", zh: "发表论文",
                de: "Publikationen", fr: "Publications", es: "Publicaciones", ru: "Публикации")
        case .certificates:
            Translations(
                en: "Certificates", ko: "자격증", ja: "資格", zh: "资格证书",
                de: "Zertifikate", fr: "Certifications", es: "Certificaciones", ru: "Сертификаты")
        case .languages:
            Translations(
                en: "Languages", ko: "외국어", ja: "語学", zh: "语言能力",
                de: "Sprachkenntnisse", fr: "Langues", es: "Idiomas", ru: "Языки")
        case .interests:
            Translations(
                en: "Interests", ko: "관심사", ja: "趣味・関心", zh: "兴趣爱好",
                de: "Interessen", fr: "Centres d’intérêt", es: "Intereses", ru: "Интересы")
        case .references:
            Translations(
                en: "References", ko: "추천인", ja: "推薦者", zh: "推荐人",
                de: "Referenzen", fr: "Références", es: "Referencias", ru: "Рекомендации")
        }
    }
}

/// The words the output uses besides section titles and dates.
enum WordTable {
    /// What an unfinished period ends with.
    static let present = Translations(
        en: "Present", ko: "현재", ja: "現在", zh: "至今", de: "heute", fr: "aujourd’hui", es: "actualidad", ru: "настоящее время")
    /// The heading of an education entry's courses.
    static let courses = Translations(
        en: "Courses", ko: "수강 과목", ja: "履修科目", zh: "主修课程", de: "Kurse", fr: "Cours", es: "Cursos", ru: "Курсы")
}

/// How one language writes a month of a year, or a year alone, in one date style.
///
/// Patterns hold `{year}`, `{month}` (a name from `monthNames`) and `{mm}` (the month in two digits).
package struct DatePattern: Sendable, Equatable {
    /// A month of a year: "{month} {year}", "{year}년 {month}", "{mm}/{year}".
    var monthPattern: String
    /// A year without a month: "{year}", "{year}年".
    var yearPattern: String
    /// Twelve names, January first; empty when the pattern names no month.
    var monthNames: [String]

    package func format(_ date: PartialDate) -> String {
        let year = String(date.year)
        guard let month = date.month, (1...12).contains(month) else {
            return Self.fill(yearPattern) { $0 == "year" ? year : nil }
        }
        let name = monthNames.count == 12 ? monthNames[month - 1] : String(month)
        return Self.fill(monthPattern) { placeholder in
            switch placeholder {
            case "year": year
            case "mm": (month < 10 ? "0" : "") + String(month)
            case "month": name
            default: nil
            }
        }
    }

    /// The pattern with each `{placeholder}` replaced by its value, in one pass, so that a value
    /// (such as a file's month name) is never read as a placeholder itself. The braces are
    /// looked for byte by byte: they are ASCII, so each is a whole character.
    private static func fill(_ pattern: String, _ value: (Substring) -> String?) -> String {
        var output = ""
        var rest = Substring(pattern)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
            let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}"))
        {
            output += rest[..<open]
            let name = rest[rest.utf8.index(after: open)..<close]
            output += value(name) ?? "{\(name)}"
            rest = rest[rest.utf8.index(after: close)...]
        }
        return output + rest
    }
}

/// Each language's date patterns for the three date styles: `short` writes the month briefly,
/// `long` in full, `numeric` in digits, each the way résumés in that language do.
enum DatePatternTable {
    static func pattern(_ language: LabelLanguage, _ style: DateStyle) -> DatePattern {
        switch (language, style) {
        case (.en, .short): named("{month} {year}", MonthNameTable.englishShort)
        case (.en, .long): named("{month} {year}", MonthNameTable.englishLong)
        case (.en, .numeric): digits("{year}-{mm}")
        case (.ko, .short): digits("{year}.{mm}")
        case (.ko, .long): named("{year}년 {month}", MonthNameTable.korean, year: "{year}년")
        case (.ko, .numeric): digits("{year}-{mm}")
        case (.ja, .short), (.ja, .long): named("{year}年{month}", MonthNameTable.chineseAndJapanese, year: "{year}年")
        case (.ja, .numeric): digits("{year}/{mm}")
        case (.zh, .short): digits("{year}.{mm}")
        case (.zh, .long): named("{year}年{month}", MonthNameTable.chineseAndJapanese, year: "{year}年")
        case (.zh, .numeric): digits("{year}-{mm}")
        case (.de, .short): named("{month} {year}", MonthNameTable.germanShort)
        case (.de, .long): named("{month} {year}", MonthNameTable.germanLong)
        case (.fr, .short): named("{month} {year}", MonthNameTable.frenchShort)
        case (.fr, .long): named("{month} {year}", MonthNameTable.frenchLong)
        case (.es, .short): named("{month} {year}", MonthNameTable.spanishShort)
        case (.es, .long): named("{month} {year}", MonthNameTable.spanishLong)
        case (.de, .numeric), (.fr, .numeric), (.es, .numeric): digits("{mm}/{year}")
        case (.ru, .short): named("{month} {year}", MonthNameTable.russianShort)
        case (.ru, .long): named("{month} {year}", MonthNameTable.russianLong)
        case (.ru, .numeric): digits("{mm}.{year}")
        }
    }

    private static func named(_ pattern: String, _ names: [String], year: String = "{year}") -> DatePattern {
        DatePattern(monthPattern: pattern, yearPattern: year, monthNames: names)
    }

    private static func digits(_ pattern: String) -> DatePattern {
        DatePattern(monthPattern: pattern, yearPattern: "{year}", monthNames: [])
    }
}

/// Month names, January first, as each language writes them in a date.
enum MonthNameTable {
    static let englishShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    static let englishLong = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    static let korean = (1...12).map { "\($0)월" }
    static let chineseAndJapanese = (1...12).map { "\($0)月" }
    static let germanShort = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
    static let germanLong = [
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember",
    ]
    static let frenchShort = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    static let frenchLong = [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ]
    static let russianShort = ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."]
    static let russianLong = [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ]
    static let spanishShort = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
    static let spanishLong = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ]
}

/// The sorts of teaching and extracurricular activity the labels know, with their labels.
package enum ActivityKind: String, Sendable, CaseIterable {
    case teaching, mentoring, talk

    var label: Translations {
        switch self {
        case .teaching: Translations(en: "Teaching", ko: "강의", ja: "講義", zh: "教学", de: "Lehre", fr: "Enseignement", es: "Docencia", ru: "Преподавание")
        case .mentoring: Translations(en: "Mentoring", ko: "멘토링", ja: "メンタリング", zh: "指导", de: "Mentoring", fr: "Mentorat", es: "Mentoría", ru: "Менторство")
        case .talk: Translations(en: "Talk", ko: "발표", ja: "講演", zh: "演讲", de: "Vortrag", fr: "Exposé", es: "Charla", ru: "Доклад")
        }
    }
}

/// How dates are written; one style per theme so every date in a résumé looks the same.
package enum DateStyle: String, Sendable, CaseIterable {
    /// "Sep 2019"
    case short
    /// "September 2019"
    case long
    /// "2019-09"
    case numeric
}
