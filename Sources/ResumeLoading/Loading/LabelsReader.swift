import Yams
import ResumeModel
import ResumeSupport

/// Reads `meta.labels` — the file's own section titles, words for "Present" and "Courses", and
/// month names — and warns when `meta.locale` names a language that has no built-in labels.
///
/// ```yaml
/// meta:
///   locale: ko
///   labels: {work: 경력사항, present: 재직 중}
/// ```
struct LabelsReader {
    let context: LoadingContext

    /// The overrides in `meta`, read through the reader of `meta` itself.
    func read(_ meta: MappingReader) -> LabelOverrides {
        checkLocale(meta)
        return meta.mapping("labels", labels) ?? LabelOverrides()
    }
}

private extension LabelsReader {
    func labels(_ map: MappingReader) -> LabelOverrides {
        var labels = LabelOverrides()
        labels.present = map.string("present")
        labels.courses = map.string("courses")
        for section in SectionKind.allCases {
            labels.sectionTitles[section] = map.string(section.rawValue)
        }
        labels.months = months(map)
        return labels
    }

    /// Twelve month names, January first; any other count is an error at the list, and each
    /// name that is not text at its place.
    func months(_ map: MappingReader) -> [String]? {
        guard let node = map.value("months") else { return nil }
        let path = map.childPath("months")
        guard case .sequence(let list) = node else {
            context.error("expected a list for \(path), found \(node.kindDescription)", at: node)
            return nil
        }
        let names = list.enumerated().map { index, item in
            let itemPath = "\(path)[\(index)]"
            let name = map.text(item, path: itemPath)
            if name == nil, item.scalar != nil {
                context.error("\(itemPath) is empty; give every month a name", at: item)
            }
            return name
        }
        guard list.count == 12 else {
            context.error("\(path) has \(list.count) name\(list.count == 1 ? "" : "s"); expected 12, January first", at: node)
            return nil
        }
        let valid = names.compactMap { $0 }
        return valid.count == 12 ? valid : nil
    }

    /// A warning when `meta.locale` has no built-in labels: the résumé still loads, in English labels.
    /// A `--lang` given on the command line replaces `meta.locale`, so the file's is not checked then.
    func checkLocale(_ meta: MappingReader) {
        guard context.options.language == nil, let node = meta.value("locale"),
            let locale = node.scalar?.string.trimmingWhitespace, !locale.isEmpty,
            LabelLanguage(localeTag: locale) == nil
        else { return }
        let supported = LabelLanguage.allCases.map(\.rawValue).joined(separator: ", ")
        context.warning(
            "no built-in labels for locale '\(locale)'; section titles, dates and 'Present' fall back to English"
                + " (labels exist for \(supported)); set your own in meta.labels", at: node)
    }
}
