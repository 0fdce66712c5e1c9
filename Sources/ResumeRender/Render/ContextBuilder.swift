import Foundation
import Mustache
import ResumeModel
import ResumeThemes
import TeXTypesetting

/// Turns a résumé into the records, lists, text and flags that theme templates read.
///
/// Every field an entry can have is present in its record, as text or as `null` when empty,
/// so a template asking for a missing field gets nothing instead of a value from an outer scope.
/// Link targets are `TemplateValue.link`s, so each format escapes them as it writes addresses.
struct ContextBuilder {
    /// The page's language (`<html lang>`): `meta.locale` when it looks like a language tag, `en` otherwise.
    static func language(_ locale: String?) -> String {
        guard let locale, !locale.isEmpty, locale.count <= 35,
            locale.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        else { return "en" }
        return locale
    }

    let manifest: ThemeManifest
    let options: RenderOptions
    /// The engine and fonts the résumé's text needs.
    let scripts: DocumentScripts

    /// The labels dates are written with; `context(for:)` takes them from the résumé.
    var localization = Localization.english
    /// The paths of the measured values, by the mark each one's template value carries.
    let measuredPaths = MeasuredPaths()
    /// The font subsets an HTML page embeds; none for other formats.
    var embeddedFonts: [HTMLFontSubset] = []

    /// The typefaces of the HTML, those of the PDF.
    var htmlFonts: HTMLFonts {
        HTMLFonts(font: manifest.paragraph.font, cyrillicAndGreek: scripts.setsCyrillicAndGreekInCMU)
    }

    private var dates: DateFormatting { DateFormatting(style: manifest.dateStyle, localization: localization) }

    /// The context for one résumé, its dates and section titles in the résumé's language.
    func context(for resume: Resume) -> TemplateValue {
        var builder = self
        builder.localization = resume.localization
        return builder.localizedContext(for: resume)
    }
}

private extension ContextBuilder {
    func localizedContext(for resume: Resume) -> TemplateValue {
        [
            "lang": .text(Self.language(resume.meta.locale)),
            "engine": ["pdflatex": .flag(scripts.engine == .pdflatex), "xelatex": .flag(scripts.engine == .xelatex)],
            "layout": layout,
            "paragraph": paragraph,
            "colors": .record(Dictionary(uniqueKeysWithValues: manifest.colors.map { ($0.key.rawValue, .text($0.value.digits)) })),
            "basics": basics(resume.basics),
            "labels": labels,
            "sections": .list(resume.placedSections.map { section(resume, $0) }),
            "pages": ["total": options.pageCount.map { .text(String($0)) } ?? .null],
            "cjk": cjk(scripts.cjkRegion),
            "cyrillicAndGreek": .flag(scripts.setsCyrillicAndGreekInCMU),
            "fonts": fonts,
        ]
    }

    /// The HTML's typefaces: `fonts.text`, `fonts.smallCaps` (a family, or null), `fonts.faces`
    /// (the `@font-face` rules' values; `fonts.embedded` when there are any), `fonts.cjk` (per-language CJK fallbacks: `selectors`,
    /// `families`) and `fonts.cjkDefault` (the fallback for the region of the résumé's text).
    var fonts: TemplateValue {
        let fonts = htmlFonts
        let faces: [TemplateValue] = embeddedFonts.map { subset in
            [
                "family": .text(subset.typeface.rawValue), "weight": .text(String(subset.weight)),
                "style": .text(subset.italic ? "italic" : "normal"), "unicodeRange": .text(subset.unicodeRange),
                "woff2": .text(subset.woff2),
            ]
        }
        // Unquoted, as CSS allows for names made of words: the HTML escaping would turn quotes
        // into entities, which a style sheet does not read.
        func families(_ region: CJKRegion) -> TemplateValue {
            .text(region.systemFonts(serif: fonts.serif).joined(separator: ", "))
        }
        let cjk: [TemplateValue] = CJKRegion.allCases.map { region in
            ["selectors": .text(region.languageSelectors.joined(separator: ", ")), "families": families(region)]
        }
        return [
            "text": .text(fonts.text.rawValue), "smallCaps": fonts.smallCaps.map { .text($0.rawValue) } ?? .null,
            "faces": .list(faces), "embedded": .flag(!faces.isEmpty), "cjk": .list(cjk),
            "cjkDefault": families(scripts.cjkRegion),
        ]
    }

    /// The Noto CJK faces for the résumé's region, and whether its words are spaced (Korean).
    func cjk(_ region: CJKRegion) -> TemplateValue {
        ["serif": .text(region.serifFont), "sans": .text(region.sansFont), "separatesWords": .flag(region.separatesWords)]
    }

    /// The words a template may write itself, in the résumé's language: `labels.courses`,
    /// `labels.present`.
    var labels: TemplateValue {
        ["courses": value(localization.courses), "present": value(localization.present)]
    }
}

private extension ContextBuilder {
    /// The page and spacing values; each length as `{tex, css}` so both formats use the same numbers.
    var layout: TemplateValue {
        let page = manifest.layout
        var values: [String: TemplateValue] = [
            "paper": .text(page.paper.rawValue),
            "cssPaper": page.paper == .a4 ? "A4" : "letter",
            "paperWidth": length(page.paper.width),
            "paperHeight": length(page.paper.height),
            "textWidth": length(page.textWidth),
            "marginTop": length(page.margins.top),
            "marginBottom": length(page.margins.bottom),
            "marginLeft": length(page.margins.left),
            "marginRight": length(page.margins.right),
            // The footer's baseline, halfway down the bottom margin.
            "footSkip": length(Length(page.margins.bottom.value / 2, page.margins.bottom.unit)),
        ]
        for key in LayoutLength.allCases {
            values[key.rawValue] = length(page[key])
        }
        return .record(values)
    }

    /// The paragraph settings, for the LaTeX template.
    var paragraph: TemplateValue {
        let settings = manifest.paragraph
        return [
            "pretolerance": .text(String(settings.pretolerance)),
            "tolerance": .text(String(settings.tolerance)),
            "emergencyStretch": .text(settings.emergencyStretch.description),
            "raggedRight": .flag(settings.alignment == .raggedRight),
            "frenchSpacing": .flag(settings.frenchSpacing),
        ]
    }

    func length(_ length: Length) -> TemplateValue {
        ["tex": .text(length.description), "css": .text(length.css)]
    }

    func basics(_ basics: Basics) -> TemplateValue {
        var contacts: [[String: TemplateValue]] = []
        if let email = clean(basics.email) {
            contacts.append(contact(text: email, full: email, href: "mailto:" + email, icon: .email))
        }
        if let phone = clean(basics.phone) {
            contacts.append(contact(text: phone, full: phone, href: nil, icon: .phone))
        }
        if let url = clean(basics.url) {
            contacts.append(contact(text: Self.shortened(url), full: url, href: Self.linkable(url), icon: .website))
        }
        if let location = basics.location.flatMap({ clean($0.shortForm) }) {
            contacts.append(contact(text: location, full: location, href: nil))
        }
        for profile in basics.profiles {
            let network = clean(profile.network)
            let url = clean(profile.url)
            let shown: String
            if let username = clean(profile.username) {
                shown = network.map { "\($0): \(username)" } ?? username
            } else if let url {
                shown = Self.shortened(url)
            } else {
                continue
            }
            contacts.append(contact(text: shown, full: url ?? shown, href: url.flatMap(Self.linkable)))
        }
        for (index, _) in contacts.enumerated() {
            contacts[index]["isFirst"] = .flag(index == 0)
        }
        return [
            "name": value(basics.name),
            "nameInCSS": .text(Self.cssEscaped(basics.name)),
            "label": value(basics.label),
            "summary": measured(basics.summary, at: ValuePath("basics", field: "summary")),
            "contacts": .list(contacts.map(TemplateValue.record)),
            "hasContacts": .flag(!contacts.isEmpty),
        ]
    }

    /// One header contact: `text` to show, `full` for plain text, `href` when it can be a link,
    /// and, when the theme shows icons, `icon`: its picture's marvosym `code` and SVG `path`.
    func contact(text: String, full: String, href: String?, icon: ContactIcon? = nil) -> [String: TemplateValue] {
        var contact: [String: TemplateValue] = ["text": .text(text), "full": .text(full), "href": Self.linkTarget(href)]
        contact["icon"] = icon.flatMap { icon in
            manifest.blocks.icons ? ["code": .text(String(icon.code)), "path": .text(icon.svgPath), "name": .text(icon.rawValue)] : nil
        } ?? .null
        return contact
    }

    func section(_ resume: Resume, _ placed: PlacedSection) -> TemplateValue {
        var section: [String: TemplateValue] = [
            "title": value(placed.title),
            "kind": .text(placed.kind.rawValue),
        ]
        for kind in SectionKind.allCases {
            section["is" + kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()] = .flag(kind == placed.kind)
        }
        var entries = self.entries(resume, placed.kind)
        for index in entries.indices {
            entries[index]["isFirst"] = .flag(index == 0)
        }
        // A heading stays with its first entry: a first entry on a new page takes the heading along.
        var pageBreak = placed.pageBreak
        let newPage = PageBreak.newPageKey.templateName
        if entries.first?[newPage] == .flag(true) {
            pageBreak.newPage = true
            entries[0][newPage] = .flag(false)
        }
        Self.add(pageBreak, to: &section)
        section["entries"] = .list(entries.map(TemplateValue.record))
        return .record(section)
    }

    /// The entries of one section, each with every field its table has.
    func entries(_ resume: Resume, _ kind: SectionKind) -> [[String: TemplateValue]] {
        var records = EntryRecords(builder: self, resume: resume)
        kind.visit(&records)
        return records.records
    }

    /// One entry's record: each field under its template name, in the form its kind is shown in.
    func record<Entry>(
        _ entry: Entry, at place: ValuePath, _ table: SectionFields<Entry>, _ names: [TemplateNames]
    ) -> [String: TemplateValue] {
        var entry = entry
        var record: [String: TemplateValue] = [:]
        record.reserveCapacity(table.fields.count * 2 + 8)
        for (field, names) in zip(table.fields, names) {
            let name = names.value
            switch field.value {
            case .text(let path):
                switch field.kind {
                case .link: record[name] = link(path.get(&entry))
                case .label: record[name] = value(clean(path.get(&entry)).map(localization.label))
                case .prose: record[name] = measured(path.get(&entry), at: place.field(field.key))
                default: record[name] = value(path.get(&entry))
                }
            case .list(let path):
                let items = path.get(&entry)
                switch field.kind {
                case .keywords:
                    record[name] = joined(items, ", ")
                default:
                    let shown = field.isProse ? measured(items, at: place.field(field.key)) : list(items)
                    record[name] = shown
                    record[names.has] = .flag(shown != [])
                    record[names.count] = .text(String(items.count))
                    if field.kind == .items { record[names.text] = joined(items, ", ") }
                }
            case .date(let path):
                record[name] = date(path.get(&entry))
            case .period(let start, let end):
                record["dates"] = period(start.get(&entry), end.get(&entry))
            }
        }
        Self.add(table.pageBreak.get(&entry), to: &record)
        // Values made from several fields.
        if let education = entry as? Education {
            record["degree"] = joined([education.studyType, education.area], ", ")
        }
        if let publication = entry as? Publication {
            record["authorList"] = authorList(publication)
        }
        Self.headTitle(&record, keys: table.titleKeys)
        return record
    }

    /// The page-break keys as template flags, `newPage` and `keepTogether`, put in a record.
    static func add(_ pageBreak: PageBreak, to record: inout [String: TemplateValue]) {
        for key in PageBreak.keys { record[key.templateName] = .flag(pageBreak[keyPath: key.value]) }
    }

    /// A publication's authors one by one, so a theme can set the highlighted one apart: each
    /// `{name, isHighlighted, isLast}`, the list cut after the theme's `maxAuthors` with "et al.".
    func authorList(_ publication: Publication) -> TemplateValue {
        var names = publication.authors
        if let limit = manifest.maxAuthors, names.count > limit {
            names = names.prefix(limit) + ["et al."]
        }
        return .list(names.enumerated().map { index, name in
            .record(["name": value(name), "isHighlighted": .flag(name == publication.highlight), "isLast": .flag(index == names.count - 1)])
        })
    }

    /// Puts the first of the stand-ins under the title key when the title is empty: a text value
    /// moves there (a job with no company is headed by its position, not by ", Contractor"); a
    /// link lends its text and stays (a paper with no title is headed by its linked address).
    static func headTitle(_ record: inout [String: TemplateValue], keys: [String]) {
        guard let title = keys.first, record[title] == .null else { return }
        for key in keys.dropFirst() {
            switch record[key] {
            case let value? where value.text != nil:
                record[title] = value
                record[key] = .null
                return
            case .record(let link)? where link["text"] != nil:
                record[title] = link["text"]
                return
            default:
                continue
            }
        }
    }

    /// A formatted period; cleaned like any value, as the file's labels may be part of it.
    func period(_ start: PartialDate?, _ end: EndDate?) -> TemplateValue {
        value(dates.period(from: start, to: end))
    }

    func date(_ date: PartialDate?) -> TemplateValue {
        value(date.map(dates.format))
    }

    /// `{text, full, href}` for a URL: `href` only for http, https and mailto, so any other
    /// scheme is shown as plain text.
    func link(_ url: String?) -> TemplateValue {
        guard let url = clean(url) else { return .null }
        return ["text": .text(Self.shortened(url)), "full": .text(url), "href": Self.linkTarget(Self.linkable(url))]
    }

    func value(_ text: String?) -> TemplateValue {
        TemplateValue(clean(text))
    }

    func list(_ items: [String]) -> TemplateValue {
        .list(items.compactMap(clean).map(TemplateValue.text))
    }

    /// A value the fit engine measures, with its path, so the LaTeX says where it is; the
    /// format's prose escaping splits it into paragraphs.
    func measured(_ text: String?, at place: ValuePath) -> TemplateValue {
        clean(text).map { .measured($0, mark: measuredPaths.mark(place)) } ?? .null
    }

    /// A list whose items the fit engine measures, each with its path (the item's index in the
    /// résumé, empty items left out).
    func measured(_ items: [String], at place: ValuePath) -> TemplateValue {
        .list(items.enumerated().compactMap { index, item in
            let value = measured(item, at: place.item(index))
            return value == .null ? nil : value
        })
    }

    func joined(_ items: [String?], _ separator: String) -> TemplateValue {
        let items = items.compactMap(clean)
        return items.isEmpty ? .null : .text(items.joined(separator: separator))
    }

    /// Text as the templates get it: composed (NFC), trimmed, and nil when nothing is left.
    func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        if text.isAllASCII {
            let trimmed = text.trimmingWhitespace
            return trimmed.isEmpty ? nil : trimmed
        }
        let trimmed = text.precomposedStringWithCanonicalMapping.trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A link target the templates get, or `null` when there is none.
    static func linkTarget(_ url: String?) -> TemplateValue {
        url.map(TemplateValue.link) ?? .null
    }

    /// The URL itself when its scheme is http, https or mailto; nil for any other scheme or none.
    static func linkable(_ url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon].lowercased()
        return ["http", "https", "mailto"].contains(scheme) ? url : nil
    }

    /// A URL as people read it: without `https://`, `mailto:` or a trailing slash.
    static func shortened(_ url: String) -> String {
        var text = url
        for prefix in ["https://", "http://", "mailto:"] where text.lowercased().hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
        }
        if text.hasSuffix("/"), text.count > 1 { text.removeLast() }
        return text
    }
}

/// The template records of whichever section visits it.
private struct EntryRecords: SectionVisitor {
    let builder: ContextBuilder
    var resume: Resume
    var records: [[String: TemplateValue]] = []

    mutating func visit<Entry>(_ table: SectionFields<Entry>) {
        let names = table.fields.map(TemplateNames.init)
        let entries = table.entries.get(&resume)
        records.reserveCapacity(entries.count)
        // An entry with nothing in it shows nothing: no empty header line, no lone bullet.
        for (index, entry) in entries.enumerated() where !table.isEmpty(entry) {
            records.append(builder.record(entry, at: ValuePath(table.key, index: index), table, names))
        }
    }
}

/// The names a field's values take in a template record: `highlights`, and for a list shown item
/// by item `hasHighlights`, `highlightsText` and `highlightsCount` (how many items, which LaTeX
/// lists announce so that their first and last bullets can be kept from standing alone on a page).
private struct TemplateNames {
    let value: String
    let has: String
    let text: String
    let count: String

    init<Entry>(_ field: Field<Entry>) {
        value = field.templateName ?? field.key
        guard field.kind == .items || field.kind == .proseItems else {
            (has, text, count) = ("", "", "")
            return
        }
        has = "has" + value.prefix(1).uppercased() + value.dropFirst()
        text = value + "Text"
        count = value + "Count"
    }
}

extension ContextBuilder {
    /// Text for inside a CSS string (the HTML footer's `content`): every character but ASCII
    /// letters, digits and spaces as a six-digit escape, so no value can end the string, and none
    /// is changed by HTML escaping, which a `<style>` element does not undo.
    static func cssEscaped(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " {
                escaped.unicodeScalars.append(scalar)
            } else {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                escaped += "\\" + String(repeating: "0", count: 6 - hex.count) + hex
            }
        }
        return escaped
    }
}

/// The paths of the values a context marks as measured, each under the number its
/// `TemplateValue.measured` carries: the templates know nothing of résumés, the renderer turns
/// the marks back into paths.
final class MeasuredPaths {
    private(set) var paths: [ValuePath] = []

    func mark(_ place: ValuePath) -> Int {
        paths.append(place)
        return paths.count - 1
    }
}
