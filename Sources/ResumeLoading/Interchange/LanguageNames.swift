import Yams
import ResumeModel
import ResumeSupport

/// The language a document written for another tool declares — a tag (`de`, `fr-CA`, `zh-hans`)
/// or a name in English or in the language itself (`german`, `Deutsch`, `français`) — as the
/// BCP 47 tag `meta.locale` takes, so that headings, dates and "Present" follow it.
enum LanguageNames {
    /// The tag for `declared`, or nil when it is neither a tag nor a name known here.
    static func tag(for declared: String) -> String? {
        let text = declared.trimmingWhitespace
        let key = text.lowercased().replacingOccurrences(of: "_", with: " ")
        if let tag = byName[key] { return tag }
        let asTag = text.replacingOccurrences(of: "_", with: "-")
        return LoadOptions.isValidLanguage(asTag) ? asTag : nil
    }

    /// A note for a language the built-in labels are not written in, or nil when they are.
    static func labelsNote(for tag: String) -> String? {
        guard LabelLanguage(localeTag: tag) == nil else { return nil }
        let languages = LabelLanguage.allCases.map(\.rawValue).joined(separator: ", ")
        return "the built-in labels are not written in '\(tag)' (they are in \(languages)); "
            + "headings and dates stay English unless meta.labels gives them"
    }

    /// Names as other tools and people write them (RenderCV's `locale.language` among them).
    private static let byName: [String: String] = [
        "english": "en", "korean": "ko", "한국어": "ko", "japanese": "ja", "日本語": "ja",
        "chinese": "zh", "mandarin chinese": "zh", "mandarin": "zh", "中文": "zh",
        "german": "de", "deutsch": "de", "french": "fr", "français": "fr", "francais": "fr",
        "spanish": "es", "español": "es", "espanol": "es", "italian": "it", "italiano": "it",
        "portuguese": "pt", "português": "pt", "dutch": "nl", "nederlands": "nl", "danish": "da",
        "norwegian": "no", "norwegian bokmål": "nb", "norwegian nynorsk": "nn", "swedish": "sv",
        "russian": "ru", "turkish": "tr", "türkçe": "tr", "hungarian": "hu", "indonesian": "id",
        "vietnamese": "vi", "hindi": "hi", "persian": "fa", "arabic": "ar", "hebrew": "he",
        "polish": "pl", "czech": "cs", "greek": "el",
    ]
}

extension ImportNotes {
    /// The language `declared` at `path` as a tag for `meta.locale`, noting the mapping (and when
    /// the built-in labels are not written in it); nil, with a note, when it names no language.
    func locale(declared: String, path: String, at node: Node) -> String? {
        guard let tag = LanguageNames.tag(for: declared) else {
            warning(
                "\(path): '\(declared)' is not a language tag or a language name known here; kept out — set meta.locale", at: node
            )
            return nil
        }
        var message = "\(path): '\(declared)' imported as meta.locale '\(tag)'"
        if let note = LanguageNames.labelsNote(for: tag) { message += "; \(note)" }
        warning(message, at: node)
        return tag
    }
}

extension ImportObject {
    /// The language `key` declares, as a tag for `meta.locale` (see `ImportNotes.locale`).
    func languageTag(_ key: String) -> String? {
        guard let node = value(key), let declared = text(node, path: childPath(key), prose: false, keepsLines: false) else {
            return nil
        }
        return importNotes.locale(declared: declared, path: childPath(key), at: node)
    }
}
