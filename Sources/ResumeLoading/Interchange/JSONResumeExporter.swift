import ResumeModel
import ResumeSupport

/// Writes a résumé as a JSON Resume v1 document.
///
/// The standard fields are JSON Resume's own; the post's sections JSON Resume lacks,
/// `researchInterests` and `teaching`, are kept as extra top-level keys, and this format's `meta`
/// settings (`locale`, `theme`, `sections`, `labels`) as extra keys of `meta`, so that
/// `resume import` reads the document back to the same résumé. Keys are sorted and the output is
/// pretty-printed, so the same résumé always gives the same bytes. Text written in several
/// languages or with tags is exported as the variant the résumé was loaded in.
///
/// The document has no `$schema` key (JSON Resume does not require one), so that, JSON being
/// YAML, it also loads as a résumé of this format as it is.
public enum JSONResumeExporter {
    public static func export(_ resume: Resume) -> String {
        JSONValue.object(ResumeTree(writesPresent: false).fields(of: resume)).formatted
    }
}
