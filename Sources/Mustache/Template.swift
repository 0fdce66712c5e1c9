import ResumeSupport

/// A compiled Mustache template: its text and tags as a tree, parsed once and rendered many times.
///
/// Themes are Mustache (https://mustache.github.io) with what themes need and nothing that could
/// let a value through unescaped: variables, sections, inverted sections, comments, partials,
/// delimiter changes and the string transforms `uppercased(name)`, `lowercased(name)` and
/// `capitalized(name)`. Whitespace around standalone tags follows the Mustache specification.
package struct Template: Sendable {
    let nodes: [TemplateNode]
    /// The partials the template includes, with the line of each, so that a theme can be told
    /// which one is missing and where it is asked for.
    package let partials: [PartialUse]

    package struct PartialUse: Equatable, Sendable {
        package var name: String
        package var line: Int
    }

    /// How deep sections may nest: a theme needs a handful of levels; a template from a stranger
    /// could otherwise nest until parsing and rendering run out of stack.
    static let sectionDepthLimit = 100

    /// Parses a template; a syntax error or a tag themes may not use throws `TemplateError`.
    package init(_ source: String) throws {
        var parser = TemplateParser(source)
        nodes = try parser.parseNodes(closing: nil, startsLine: true)
        partials = parser.partialUses
    }
}

/// One piece of a compiled template.
indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}`: the value, escaped for the output format.
    case value(TemplateName)
    /// `{{#name}}…{{/name}}`: once per list element, once for a record or text, or when a flag is true.
    case section(TemplateName, [TemplateNode])
    /// `{{^name}}…{{/name}}`: when the value is missing, null, false or an empty list.
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{>name}}`: another template of the theme; a standalone one is indented as its tag is.
    case partial(String, indentation: String?)
}

/// A name as a tag writes it: `.`, `basics.name`, `.title` or `uppercased(title)`.
struct TemplateName: Equatable, Sendable {
    /// The fields to follow; empty for `.`, the current value.
    let path: [String]
    /// Written with a leading `.`: looked up in the current value only, not in enclosing ones.
    let isCurrentOnly: Bool
    /// Applied innermost first: `uppercased(title)` is `[.uppercased]`.
    let transforms: [TemplateTransform]
    /// The tag's text, for messages and for matching a section's end.
    let written: String
}

/// What a name may be passed through before it is used.
enum TemplateTransform: String, CaseIterable, Sendable {
    case uppercased, lowercased, capitalized
}

/// A template that does not parse, or uses a tag themes may not use, with its 1-based line.
package struct TemplateError: Error, Equatable {
    package var line: Int
    package var message: String
}

/// Reads a template's UTF-8 bytes into nodes. Tags, delimiters and newlines are matched byte for
/// byte, which is exact for any delimiter and linear in the template's length.
private struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0
    private var start = Array("{{".utf8)
    private var end = Array("}}".utf8)
    /// Each `{{>partial}}` read, with the byte offset of its tag.
    private var partials: [(name: String, offset: Int)] = []
    /// How many sections enclose the position.
    private var depth = 0

    init(_ source: String) {
        bytes = Array(source.utf8)
    }

    /// The nodes up to the end of the template, or up to `{{/section}}` when `section` is given.
    /// `startsLine` says whether the first byte read begins a line, so that a tag there can be
    /// standalone: alone on its line, which then leaves no trace in the output.
    mutating func parseNodes(closing section: (name: TemplateName, offset: Int)?, startsLine: Bool) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var atLineStart = startsLine
        var indentation = ""  // spaces and tabs read at the start of the line, not yet placed
        while position < bytes.count {
            if atLineStart { indentation = readSpacesAndTabs() }
            let text = readUntilTagOrNewline()
            if let newline = newlineLength(at: position) {
                nodes.append(.text(indentation + text + String(decoding: bytes[position..<(position + newline)], as: UTF8.self)))
                position += newline
                atLineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(indentation + text))
                indentation = ""
                atLineStart = false
            }
            guard position < bytes.count else { break }
            let tagStart = position - start.count
            var standalone = false
            switch bytes[position] {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                let inverted = bytes[position] == UInt8(ascii: "^")
                position += 1
                let name = try readName(at: tagStart)
                standalone = endsStandalone(atLineStart)
                if !standalone, !indentation.isEmpty {
                    nodes.append(.text(indentation))
                    indentation = ""
                }
                depth += 1
                guard depth <= Template.sectionDepthLimit else {
                    throw syntaxError(at: tagStart, "sections are nested more than \(Template.sectionDepthLimit) levels deep")
                }
                let children = try parseNodes(closing: (name, tagStart), startsLine: standalone)
                depth -= 1
                nodes.append(inverted ? .invertedSection(name, children) : .section(name, children))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(at: tagStart)
                guard let section, name.written == section.name.written else {
                    throw syntaxError(at: tagStart, section.map { "section '\($0.name.written)' closed as '\(name.written)'" }
                        ?? "'\(name.written)' closed but never opened")
                }
                if !endsStandalone(atLineStart), !indentation.isEmpty {
                    nodes.append(.text(indentation))
                }
                return nodes
            case UInt8(ascii: "!"):
                guard let close = find(end, from: position) else { throw syntaxError(at: tagStart, "unfinished comment") }
                position = close + end.count
                standalone = endsStandalone(atLineStart)
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                throw TemplateError(
                    line: line(of: tagStart),
                    message: "unescaped interpolation '\(writtenTag(at: tagStart))' is not allowed; every value must be escaped"
                        + " (in LaTeX templates, switch delimiters first: {{=<< >>=}})")
            case UInt8(ascii: "%"):
                throw TemplateError(
                    line: line(of: tagStart),
                    message: "pragma '\(writtenTag(at: tagStart))' is not allowed; the renderer sets the content type")
            case UInt8(ascii: "<"), UInt8(ascii: "$"):
                throw syntaxError(at: tagStart, "template inheritance ('\(writtenTag(at: tagStart))') is not supported; use partials")
            case UInt8(ascii: ">"):
                position += 1
                let name = try readPartialName(at: tagStart)
                partials.append((name, tagStart))
                if !indentation.isEmpty { nodes.append(.text(indentation)) }
                standalone = endsStandalone(atLineStart)
                nodes.append(.partial(name, indentation: standalone ? indentation : nil))
                indentation = ""
            case UInt8(ascii: "="):
                position += 1
                try readDelimiters(at: tagStart)
                standalone = endsStandalone(atLineStart)
            default:
                if !indentation.isEmpty {
                    nodes.append(.text(indentation))
                    indentation = ""
                }
                nodes.append(.value(try readName(at: tagStart)))
            }
            atLineStart = standalone
        }
        if let section {
            throw syntaxError(at: section.offset, "section '\(section.name.written)' is not closed")
        }
        return nodes
    }

    /// The partials read, with their lines, counted in one pass over the bytes.
    var partialUses: [Template.PartialUse] {
        var line = 1
        var counted = 0
        return partials.map { partial in
            while counted < partial.offset {
                if bytes[counted] == Self.lineFeed { line += 1 }
                counted += 1
            }
            return Template.PartialUse(name: partial.name, line: line)
        }
    }
}

private extension TemplateParser {
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")

    /// Letters, digits and `.-_?*()`, the bytes a tag's name may have.
    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "("),
            UInt8(ascii: ")"):
            true
        default:
            false
        }
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// 1 for `\n`, 2 for `\r\n`, nil when no newline starts here.
    func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == Self.lineFeed { return 1 }
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.lineFeed { return 2 }
        return nil
    }

    func isWhitespace(_ byte: UInt8) -> Bool {
        byte == Self.space || byte == Self.tab || byte == Self.lineFeed || byte == Self.carriageReturn
    }

    /// Whether `pattern` starts at `index`. Asked at every byte of text, so it compares bytes
    /// in place rather than through a slice.
    func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for offset in pattern.indices where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    func find(_ pattern: [UInt8], from index: Int) -> Int? {
        var candidate = index
        while candidate + pattern.count <= bytes.count {
            if matches(pattern, at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    mutating func readSpacesAndTabs() -> String {
        let first = position
        while position < bytes.count, bytes[position] == Self.space || bytes[position] == Self.tab { position += 1 }
        return text(first..<position)
    }

    mutating func skipWhitespace() {
        while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
    }

    /// The text up to a newline (left unread) or a tag's opening delimiter (read past).
    mutating func readUntilTagOrNewline() -> String {
        let first = position
        while position < bytes.count {
            if newlineLength(at: position) != nil { return text(first..<position) }
            if matches(start, at: position) {
                let found = text(first..<position)
                position += start.count
                return found
            }
            position += 1
        }
        return text(first..<position)
    }

    /// Whether the tag just read ends its line, when it also began it: then the rest of the line,
    /// up to and including its newline, is consumed.
    mutating func endsStandalone(_ atLineStart: Bool) -> Bool {
        guard atLineStart else { return false }
        var index = position
        while index < bytes.count, bytes[index] == Self.space || bytes[index] == Self.tab { index += 1 }
        if index == bytes.count {
            position = index
            return true
        }
        guard let newline = newlineLength(at: index) else { return false }
        position = index + newline
        return true
    }

    /// A name up to the closing delimiter: `title`, `basics.name`, `.`, `uppercased(title)`.
    mutating func readName(at tagStart: Int) throws -> TemplateName {
        guard let written = readTagWord() else { throw syntaxError(at: tagStart, "unfinished tag") }
        guard !written.isEmpty else { throw syntaxError(at: tagStart, "a tag needs a name") }
        return try name(written, at: tagStart)
    }

    mutating func readPartialName(at tagStart: Int) throws -> String {
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
            throw syntaxError(at: tagStart, "dynamic partials ('\(writtenTag(at: tagStart))') are not supported")
        }
        guard let name = readTagWord(alsoAllowing: UInt8(ascii: "/")), !name.isEmpty else {
            throw syntaxError(at: tagStart, "unfinished tag")
        }
        return name
    }

    /// The name bytes (and `extra`) up to the closing delimiter, with the spaces around them; nil
    /// when anything else stands before the delimiter.
    mutating func readTagWord(alsoAllowing extra: UInt8? = nil) -> String? {
        skipWhitespace()
        let first = position
        while position < bytes.count, Self.isNameByte(bytes[position]) || bytes[position] == extra { position += 1 }
        let word = text(first..<position)
        skipWhitespace()
        guard matches(end, at: position) else { return nil }
        position += end.count
        return word
    }

    /// Splits `uppercased(lowercased(title))` into its transforms and the name inside them. Names
    /// are ASCII (`isNameByte`), so their bytes are walked.
    func name(_ written: String, at tagStart: Int) throws -> TemplateName {
        var inner = Substring(written)
        var transforms: [TemplateTransform] = []
        while let open = inner.utf8.firstIndex(of: UInt8(ascii: "(")) {
            guard inner.utf8.last == UInt8(ascii: ")") else { throw syntaxError(at: tagStart, "badly formed name '\(written)'") }
            let call = String(inner[..<open])
            guard let transform = TemplateTransform(rawValue: call) else {
                let known = TemplateTransform.allCases.map(\.rawValue).joined(separator: ", ")
                throw syntaxError(at: tagStart, "unknown transform '\(call)' (known: \(known))")
            }
            transforms.append(transform)
            inner = inner[inner.utf8.index(after: open)..<inner.utf8.index(before: inner.endIndex)]
        }
        guard !inner.isEmpty, !inner.utf8.contains(UInt8(ascii: ")")) else {
            throw syntaxError(at: tagStart, "badly formed name '\(written)'")
        }
        let isCurrent = inner == "."
        return TemplateName(
            path: isCurrent ? [] : inner.utf8.split(separator: UInt8(ascii: ".")).map { String(Substring($0)) },
            isCurrentOnly: !isCurrent && inner.utf8.first == UInt8(ascii: "."),
            transforms: transforms.reversed(),
            written: written)
    }

    /// `{{=<< >>=}}`: the delimiters every later tag uses.
    mutating func readDelimiters(at tagStart: Int) throws {
        skipWhitespace()
        let openFirst = position
        while position < bytes.count, !isWhitespace(bytes[position]) { position += 1 }
        let open = Array(bytes[openFirst..<position])
        skipWhitespace()
        let closeFirst = position
        while position < bytes.count, !isWhitespace(bytes[position]), bytes[position] != UInt8(ascii: "=") { position += 1 }
        let close = Array(bytes[closeFirst..<position])
        skipWhitespace()
        guard !open.isEmpty, !close.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "="),
            matches(end, at: position + 1)
        else { throw syntaxError(at: tagStart, "badly formed delimiter change") }
        position += 1 + end.count
        start = open
        end = close
    }

    func line(of index: Int) -> Int {
        1 + bytes[..<min(index, bytes.count)].reduce(0) { $0 + ($1 == Self.lineFeed ? 1 : 0) }
    }

    func lineText(of line: Int) -> String {
        var first = 0
        for _ in 1..<line { first = (bytes[first...].firstIndex(of: Self.lineFeed) ?? bytes.count - 1) + 1 }
        let last = bytes[first...].firstIndex(of: Self.lineFeed) ?? bytes.count
        return text(first..<last).trimmingWhitespace
    }

    /// A tag as written, delimiters included, for messages.
    func writtenTag(at tagStart: Int) -> String {
        let bodyStart = tagStart + start.count
        let close = find(end, from: bodyStart).map { $0 + end.count } ?? bytes.count
        var tag = text(tagStart..<close)
        // `{{{x}}}` ends with one brace more than the delimiter.
        if close < bytes.count, bytes[close] == UInt8(ascii: "}"), tag.hasPrefix("{{{") { tag += "}" }
        return tag
    }

    func syntaxError(at tagStart: Int, _ problem: String) -> TemplateError {
        let line = line(of: tagStart)
        // A generated or hostile template's line may be megabytes long: show its start.
        let text = lineText(of: line)
        let shown = text.count > 120 ? text.prefix(120) + "…" : Substring(text)
        return TemplateError(line: line, message: "Mustache syntax error: \(problem) in '\(shown)'")
    }
}
