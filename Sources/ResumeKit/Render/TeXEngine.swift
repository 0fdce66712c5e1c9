/// The TeX engine a LaTeX document is written for.
public enum TeXEngine: String, Sendable {
    /// Latin text through T1 fonts; what most TeX installations have.
    case pdflatex
    /// Unicode fonts through fontspec and xeCJK, for Hangul, CJK and Kana.
    case xelatex
}

extension Resume {
    /// xelatex when any shown text has Hangul, CJK or Kana, or another character pdflatex's
    /// T1 fonts cannot set; pdflatex otherwise.
    public var requiredTeXEngine: TeXEngine {
        let needsUnicode = shownText.contains { text in
            text.unicodeScalars.contains { !$0.isSetByPDFLaTeX }
        }
        return needsUnicode ? .xelatex : .pdflatex
    }

    /// Every string that can appear in the output: the section titles, dates and labels in the
    /// résumé's language, and every text field.
    var shownText: [String] {
        var strings = placedSections.map(\.title) + shownDates
        if education.contains(where: { !$0.courses.isEmpty }) { strings.append(localization.courses) }
        func add(_ values: String?...) { strings += values.compactMap { $0 } }
        add(basics.name, basics.label, basics.email, basics.phone, basics.url, basics.summary)
        if let location = basics.location {
            add(location.address, location.postalCode, location.city, location.countryCode, location.region)
        }
        for profile in basics.profiles { add(profile.network, profile.username, profile.url) }
        for entry in education {
            add(entry.institution, entry.url, entry.area, entry.studyType, entry.score)
            strings += entry.courses
        }
        for entry in work {
            add(entry.name, entry.position, entry.location, entry.url, entry.summary)
            strings += entry.highlights
        }
        for entry in projects {
            add(entry.name, entry.description, entry.url, entry.entity, entry.type)
            strings += entry.highlights + entry.keywords + entry.roles
        }
        for entry in awards { add(entry.title, entry.awarder, entry.summary) }
        for entry in researchInterests {
            add(entry.name, entry.summary)
            strings += entry.keywords
        }
        for entry in teaching {
            add(entry.organization, entry.position, entry.kind, entry.summary, entry.url)
            strings += entry.highlights
        }
        for entry in skills {
            add(entry.name, entry.level)
            strings += entry.keywords
        }
        for entry in volunteer {
            add(entry.organization, entry.position, entry.url, entry.summary)
            strings += entry.highlights
        }
        for entry in publications { add(entry.name, entry.publisher, entry.url, entry.summary) }
        for entry in certificates { add(entry.name, entry.url, entry.issuer) }
        for entry in languages { add(entry.language, entry.fluency) }
        for entry in interests {
            add(entry.name)
            strings += entry.keywords
        }
        for entry in references { add(entry.name, entry.reference) }
        return strings
    }
}

private extension Resume {
    /// Every date and period of the résumé as each date style writes it in the résumé's language,
    /// so that dates such as "2019年5月" or "2019.05 – 현재" count whichever style the theme uses.
    var shownDates: [String] {
        let periods =
            education.map { ($0.startDate, $0.endDate) } + work.map { ($0.startDate, $0.endDate) }
            + projects.map { ($0.startDate, $0.endDate) } + teaching.map { ($0.startDate, $0.endDate) }
            + volunteer.map { ($0.startDate, $0.endDate) }
        let dates = (awards.map(\.date) + publications.map(\.releaseDate) + certificates.map(\.date)).compactMap { $0 }
        let localization = self.localization
        return DateStyle.allCases.flatMap { style in
            let formatting = DateFormatting(style: style, localization: localization)
            return periods.compactMap { formatting.period(from: $0.0, to: $0.1) } + dates.map(formatting.format)
        }
    }
}

extension Unicode.Scalar {
    /// Whether pdflatex with T1 and TS1 fonts and UTF-8 input can set this character; control
    /// characters count as settable because escaping turns them into spaces. Latin Extended-A
    /// without the letters LaTeX's UTF-8 input has no T1 or TS1 definition for (Ħ ħ ĸ Ŀ ŀ ŉ Ŧ ŧ ſ,
    /// which stop pdflatex with "Unicode character … not set up for use with LaTeX"), and `−`
    /// U+2212 is left out for the same reason.
    var isSetByPDFLaTeX: Bool {
        switch value {
        case 0x00...0x7F, 0xA0...0x125, 0x128...0x137, 0x139...0x13E, 0x141...0x148, 0x14A...0x165,
            0x168...0x17E, 0x218...0x21B:
            true
        case 0x2013, 0x2014, 0x2018...0x201A, 0x201C...0x201E, 0x2020...0x2022, 0x2026, 0x2030,
            0x2039, 0x203A, 0x20AC, 0x2122:
            true
        default: isLineOrControl || ValueMarker.isMarker(self)
        }
    }
}
