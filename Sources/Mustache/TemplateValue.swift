/// What a theme template reads: text, a flag, a list, a record of named values, or nothing.
///
/// `null` stands for a field the entry has but left empty: a template asking for it gets nothing,
/// instead of a value of the same name from an outer scope.
package enum TemplateValue: Sendable, Equatable {
    case text(String)
    /// A value whose place in the output matters (a highlight the fit engine measures), shown as
    /// text; the rendering notes where it landed (`ValueMark`) under `mark`, a number the caller
    /// gave it, so the caller can tell which value is where.
    case measured(String, mark: Int)
    /// A link target: each format escapes it as it writes an address (`TemplateEscaping.url`),
    /// not as text.
    case link(String)
    case flag(Bool)
    case list([TemplateValue])
    case record([String: TemplateValue])
    case null

    /// The text, or `null` when there is none.
    package init(_ text: String?) {
        self = text.map(TemplateValue.text) ?? .null
    }

    /// The text of a text, measured or link value.
    package var text: String? {
        switch self {
        case .text(let text), .measured(let text, _), .link(let text): text
        default: nil
        }
    }

    /// The value a record holds under `name`; nil when it is not a record or has no such field.
    package func child(named name: String) -> TemplateValue? {
        guard case .record(let fields) = self else { return nil }
        return fields[name]
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    package init(stringLiteral text: String) {
        self = .text(text)
    }
}

extension TemplateValue: ExpressibleByBooleanLiteral {
    package init(booleanLiteral flag: Bool) {
        self = .flag(flag)
    }
}

extension TemplateValue: ExpressibleByArrayLiteral {
    package init(arrayLiteral elements: TemplateValue...) {
        self = .list(elements)
    }
}

extension TemplateValue: ExpressibleByDictionaryLiteral {
    package init(dictionaryLiteral fields: (String, TemplateValue)...) {
        self = .record(Dictionary(fields, uniquingKeysWith: { $1 }))
    }
}
