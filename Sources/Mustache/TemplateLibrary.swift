import Foundation

/// A theme's compiled templates for one format, by name, and the escaping every value goes
/// through on its way into that format.
package struct TemplateLibrary: Sendable {
    let templates: [String: Template]
    let escaping: any TemplateEscaping
    /// Whether a rendering notes where every value landed (`RenderedText.values`), so that a
    /// later pass can tell template text from values.
    let locatesValues: Bool

    package init(templates: [String: Template], escaping: any TemplateEscaping, locatesValues: Bool = false) {
        self.templates = templates
        self.escaping = escaping
        self.locatesValues = locatesValues
    }

    /// A library whose values, links included, all go through one escaping function.
    package init(templates: [String: Template], escape: @escaping @Sendable (String) -> String) {
        self.init(templates: templates, escaping: TextEscaping(escape))
    }

    /// The named template rendered with `value` as its outermost scope; nil when there is no
    /// such template. Throws ``TemplateRenderLimit`` when partials include each other without
    /// end, or the rendering grows past what any résumé needs.
    package func render(_ value: TemplateValue, withTemplate name: String) throws -> String? {
        try renderMarked(value, withTemplate: name)?.text
    }

    /// The rendering with where each measured value landed in it.
    package func renderMarked(_ value: TemplateValue, withTemplate name: String) throws -> RenderedText? {
        guard let template = templates[name] else { return nil }
        var output = RenderedText()
        let partial = Partial(name: name, indentation: nil, depth: 0, budget: RenderBudget())
        var scopes = [value]
        try render(template.nodes, scopes: &scopes, in: partial, into: &output)
        return output
    }

    /// How deep partials may include partials; a theme needs a few levels, and a partial that
    /// includes itself unconditionally would otherwise recurse until the stack runs out.
    static let partialDepthLimit = 100
    /// How many tags and texts one rendering may visit: a résumé of ten thousand entries takes a
    /// few hundred thousand; partials that each include the next twice would take forever.
    static let visitLimit = 20_000_000
    /// How large one rendering may grow, in bytes.
    static let outputLimit = 64 << 20
}

/// Where a measured value (`TemplateValue.measured`) landed in a rendering: its escaped text's
/// byte range, with the value's mark and its text as given.
package struct ValueMark: Sendable, Equatable {
    package var mark: Int
    package var text: String
    package var range: Range<Int>

    /// The same mark `shift` bytes further on.
    package func shifted(by shift: Int) -> ValueMark {
        ValueMark(mark: mark, text: text, range: (range.lowerBound + shift)..<(range.upperBound + shift))
    }
}

/// Rendered text, the marks of the measured values in it, and, when the library locates values,
/// where every value landed and where a value's paragraphs after its first begin.
package struct RenderedText {
    package var text = ""
    package var marks: [ValueMark] = []
    /// The byte range of each value's escaped text, in order; empty unless the library locates values.
    package var values: [Range<Int>] = []
    /// The byte offset at which each paragraph of a measured value after its first begins; empty
    /// unless the library locates values.
    package var paragraphStarts: [Int] = []

    package init(text: String = "", marks: [ValueMark] = [], values: [Range<Int>] = [], paragraphStarts: [Int] = []) {
        self.text = text
        self.marks = marks
        self.values = values
        self.paragraphStarts = paragraphStarts
    }

    package mutating func append(_ other: RenderedText) {
        let shift = text.utf8.count
        if !other.marks.isEmpty {
            marks += other.marks.map { $0.shifted(by: shift) }
        }
        if !other.values.isEmpty {
            values += other.values.map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        }
        if !other.paragraphStarts.isEmpty {
            paragraphStarts += other.paragraphStarts.map { $0 + shift }
        }
        text += other.text
    }
}

extension RenderedText: ExpressibleByStringLiteral {
    package init(stringLiteral text: String) {
        self.text = text
    }

    package init(_ text: String) {
        self.text = text
    }
}

/// A rendering that went past a limit: the theme's templates, not the résumé, are at fault.
package struct TemplateRenderLimit: Error, Equatable {
    public enum Kind: Equatable {
        /// Partials include each other more deeply than `TemplateLibrary.partialDepthLimit`.
        case partialDepth
        /// More than `TemplateLibrary.visitLimit` tags and texts.
        case work
        /// More than `TemplateLibrary.outputLimit` bytes.
        case output
    }

    package var kind: Kind
    /// The partial being rendered when the limit was reached.
    package var partial: String

    package var message: String {
        switch kind {
        case .partialDepth:
            "partials are included more than \(TemplateLibrary.partialDepthLimit) levels deep here;"
                + " a partial that includes itself needs a section that ends the repetition"
        case .work:
            "the templates expand without bound here (more than \(TemplateLibrary.visitLimit / 1_000_000) million tags"
                + " rendered); partials that include others several times multiply"
        case .output:
            "the templates write more than \(TemplateLibrary.outputLimit >> 20) MB here; partials that include others"
                + " several times multiply"
        }
    }
}

/// What one rendering has used of its limits, shared by every partial it renders.
private final class RenderBudget {
    var visits = 0
}

/// The partial being rendered: its name, the indentation its standalone tag had (every line it
/// writes starts with it), and how many partials enclose it.
private struct Partial {
    package var name: String
    var indentation: String?
    var depth: Int
    let budget: RenderBudget
}

private extension TemplateLibrary {
    /// `nodes` rendered onto the end of `output`. `scopes` are the values sections entered,
    /// innermost last: a section pushes its value while its children render and pops it after,
    /// so that entering one copies no scopes.
    ///
    /// Every node writes into the one output: rendering each into text of its own and appending
    /// it copied a value's text, and shifted its marks, once for every section and partial
    /// around it.
    func render(_ nodes: [TemplateNode], scopes: inout [TemplateValue], in partial: Partial, into output: inout RenderedText) throws {
        let start = output.text.utf8.count
        for node in nodes {
            partial.budget.visits += 1
            guard partial.budget.visits <= Self.visitLimit else { throw TemplateRenderLimit(kind: .work, partial: partial.name) }
            if let indentation = partial.indentation {
                // Each line the partial writes starts with its indentation: a node that writes
                // something after a line break this partial wrote gets it first.
                var rendered = RenderedText()
                try render(node, scopes: &scopes, in: partial, into: &rendered)
                if !rendered.text.isEmpty, output.text.utf8.count > start, output.text.utf8.last == UInt8(ascii: "\n") {
                    output.text += indentation
                }
                output.append(rendered)
            } else {
                try render(node, scopes: &scopes, in: partial, into: &output)
            }
            guard output.text.utf8.count <= Self.outputLimit else {
                throw TemplateRenderLimit(kind: .output, partial: partial.name)
            }
        }
    }

    func render(_ node: TemplateNode, scopes: inout [TemplateValue], in partial: Partial, into output: inout RenderedText) throws {
        switch node {
        case .text(let text):
            output.text += text
        case .value(let name):
            switch lookUp(name, in: scopes) {
            case .text(let text): append(value: escaping.text(text), to: &output)
            case .link(let url): append(value: escaping.url(url), to: &output)
            case .measured(let text, let mark): append(measured: text, mark: mark, to: &output)
            case .flag(let flag): append(value: escaping.text(flag ? "true" : "false"), to: &output)
            case .list, .record, .null, nil: break
            }
        case .section(let name, let children):
            switch lookUp(name, in: scopes) {
            case .list(let elements):
                for element in elements { try render(children, inside: element, scopes: &scopes, in: partial, into: &output) }
            case .flag(let flag):
                if flag { try render(children, scopes: &scopes, in: partial, into: &output) }
            case .null, nil:
                break
            case let value?:
                try render(children, inside: value, scopes: &scopes, in: partial, into: &output)
            }
        case .invertedSection(let name, let children):
            switch lookUp(name, in: scopes) {
            case .list(let elements):
                if elements.isEmpty { try render(children, scopes: &scopes, in: partial, into: &output) }
            case .flag(let flag):
                if !flag { try render(children, scopes: &scopes, in: partial, into: &output) }
            case .null, nil:
                try render(children, scopes: &scopes, in: partial, into: &output)
            case .text, .link, .measured, .record:
                break
            }
        case .partial(let name, let own):
            guard let template = templates[name] else { return }
            guard partial.depth < Self.partialDepthLimit else { throw TemplateRenderLimit(kind: .partialDepth, partial: partial.name) }
            let combined = own.map { (partial.indentation ?? "") + $0 } ?? partial.indentation
            let inner = Partial(
                name: name, indentation: combined?.isEmpty == false ? combined : nil, depth: partial.depth + 1,
                budget: partial.budget)
            try render(template.nodes, scopes: &scopes, in: inner, into: &output)
        }
    }

    /// `nodes` rendered with `value` as the innermost scope.
    func render(
        _ nodes: [TemplateNode], inside value: TemplateValue, scopes: inout [TemplateValue], in partial: Partial,
        into output: inout RenderedText
    ) throws {
        scopes.append(value)
        defer { scopes.removeLast() }
        try render(nodes, scopes: &scopes, in: partial, into: &output)
    }

    /// An escaped value, located when the library locates values.
    func append(value escaped: String, to output: inout RenderedText) {
        let start = output.text.utf8.count
        output.text += escaped
        if locatesValues { output.values.append(start..<output.text.utf8.count) }
    }

    /// A measured value's paragraphs, escaped and joined by the format's paragraph break, marked
    /// with where the value landed.
    func append(measured text: String, mark: Int, to output: inout RenderedText) {
        let paragraphs = escaping.paragraphs(text)
        let start = output.text.utf8.count
        output.text += paragraphs.first ?? ""
        if paragraphs.count > 1 {
            let separator = escaping.paragraphBreak
            for paragraph in paragraphs.dropFirst() {
                output.text += separator
                if locatesValues { output.paragraphStarts.append(output.text.utf8.count) }
                output.text += paragraph
            }
        }
        let range = start..<output.text.utf8.count
        output.marks.append(ValueMark(mark: mark, text: text, range: range))
        if locatesValues { output.values.append(range) }
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
            guard let text = value.text else { return nil }
            let changed =
                switch transform {
                case .uppercased: text.uppercased()
                case .lowercased: text.lowercased()
                case .capitalized: text.capitalized
                }
            if case .link = value { value = .link(changed) } else { value = .text(changed) }
        }
        return value
    }
}
