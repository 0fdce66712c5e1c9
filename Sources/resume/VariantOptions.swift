import ArgumentParser
import Foundation
import ResumeKit

/// `--lang` and `--tags`: which variant of a résumé a command works on.
struct VariantOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Render text written as a map of language to text in this language (default: meta.locale, else the first given); labels and dates follow it.",
        valueName: "language"))
    var lang: String?

    @Option(help: ArgumentHelp(
        "Keep only untagged entries and items, and those tagged with one of these (comma-separated).",
        valueName: "tags"))
    var tags: String?

    func validate() throws {
        if let lang, !LoadOptions.isValidLanguage(lang) {
            throw ValidationError("--lang '\(lang)' is not a language tag such as en, ko or pt-BR")
        }
        if let tags, selectedTags(tags).isEmpty {
            throw ValidationError("--tags needs at least one tag, such as --tags ml,research")
        }
    }

    var loadOptions: LoadOptions {
        loadOptions(language: lang)
    }

    /// The options with another language, for checking each language of a file in turn.
    func loadOptions(language: String?) -> LoadOptions {
        LoadOptions(language: language, tags: tags.map(selectedTags))
    }

    private func selectedTags(_ list: String) -> Set<String> {
        Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }
}
