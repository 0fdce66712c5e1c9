import Foundation

/// A theme's compiled templates for one format, by name, and the escaping every value goes
/// through on its way into that format.
struct TemplateLibrary: Sendable {
    let templates: [String: Template]
    let escape: @Sendable (String) -> String

    /// The named template rendered with `value` as its outermost scope; nil when there is no such template.
    func render(_ value: TemplateValue, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        return render(template.nodes, scopes: [value], indentation: nil)
    }
}

private extension TemplateLibrary {
    /// `scopes` are the values sections entered, innermost last. Inside an indented partial each
    /// line that has output starts with `indentation`.
    func render(_ nodes: [TemplateNode], scopes: [TemplateValue], indentation: String?) -> String {
        var output = ""
        for node in nodes {
            let rendered = render(node, scopes: scopes, indentation: indentation)
            if let indentation, !rendered.isEmpty, output.utf8.last == UInt8(ascii: "\n") {
                output += indentation
            }
            output += rendered
        }
        return output
    }

    func render(_ node: TemplateNode, scopes: [TemplateValue], indentation: String?) -> String {
        switch node {
        case .text(let text):
            return text
        case .value(let name):
            switch lookUp(name, in: scopes) {
            case .text(let text): return escape(text)
            case .flag(let flag): return escape(flag ? "true" : "false")
            case .list, .record, .null, nil: return ""
            }
        case .section(let name, let children):
            switch lookUp(name, in: scopes) {
            case .list(let elements):
                return elements.map { render(children, scopes: scopes + [$0], indentation: indentation) }.joined()
            case .flag(let flag):
                return flag ? render(children, scopes: scopes, indentation: indentation) : ""
            case .null, nil:
                return ""
            case let value?:
                return render(children, scopes: scopes + [value], indentation: indentation)
            }
        case .invertedSection(let name, let children):
            switch lookUp(name, in: scopes) {
            case .list(let elements):
                return elements.isEmpty ? render(children, scopes: scopes, indentation: indentation) : ""
            case .flag(let flag):
                return flag ? "" : render(children, scopes: scopes, indentation: indentation)
            case .null, nil:
                return render(children, scopes: scopes, indentation: indentation)
            case .text, .record:
                return ""
            }
        case .partial(let name, let own):
            guard let template = templates[name] else { return "" }
            let combined = own.map { (indentation ?? "") + $0 } ?? indentation
            return render(template.nodes, scopes: scopes, indentation: combined?.isEmpty == false ? combined : nil)
        }
    }

    /// The value a name stands for: its first field is looked for from the innermost scope
    /// outwards (unless the name starts with `.`), the others inside what was found. A field
    /// that is present but null ends the search with nothing.
    func lookUp(_ name: TemplateName, in scopes: [TemplateValue]) -> TemplateValue? {
        var found: TemplateValue?
        if let first = name.path.first {
            var scope = scopes.count
            while found == nil, scope > (name.isCurrentOnly ? scopes.count - 1 : 0) {
                scope -= 1
                found = scopes[scope].child(named: first)
            }
            for field in name.path.dropFirst() {
                found = found?.child(named: field)
            }
        } else {
            found = scopes.last
        }
        guard var value = found else { return nil }
        if case .null = value { return nil }
        for transform in name.transforms {
            guard case .text(let text) = value else { return nil }
            switch transform {
            case .uppercased: value = .text(text.uppercased())
            case .lowercased: value = .text(text.lowercased())
            case .capitalized: value = .text(text.capitalized)
            }
        }
        return value
    }
}
