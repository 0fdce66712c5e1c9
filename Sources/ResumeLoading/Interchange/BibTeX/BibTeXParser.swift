import ResumeModel

/// Reads BibTeX strictly: entries `@type{key, field = value, …}` (or with parentheses), values
/// in braces, quotes, numbers or `@string` macros joined with `#`, `@comment` and `@preamble`,
/// and any text between entries, which BibTeX ignores.
///
/// Every problem is an error at its `file:line:col` saying what was expected; after one, reading
/// goes on at the next line that starts with `@`, so one run reports them all. Brace nesting is
/// bounded, so no input can exhaust the stack or take more than one pass.
struct BibTeXParser {
    /// The deepest braces a value may nest; real files rarely pass 4.
    static let maxDepth = 64

    /// The month macros BibTeX predefines, `jan` to `dec`, as their English names.
    static let monthMacros: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    private let scalars: [Unicode.Scalar]
    private let file: String
    private var index = 0
    private var line = 1
    private var column = 1
    private var macros: [String: String] = BibTeXParser.monthMacros
    private var macroLines: [String: SourceLocation] = [:]
    private var keys: [String: SourceLocation] = [:]
    private var entries: [BibTeXEntry] = []
    private var diagnostics: [Diagnostic] = []

    private init(text: String, file: String) {
        self.scalars = Array(text.unicodeScalars)
        self.file = file
    }

    /// Parses `text`, the contents of `file` (as named in messages).
    static func parse(_ text: String, file: String) -> BibTeXDatabase {
        var parser = BibTeXParser(text: text, file: file)
        parser.run()
        return BibTeXDatabase(entries: parser.entries, diagnostics: parser.diagnostics)
    }
}

/// A problem that ends the current entry: reported, then reading resumes at the next `@` line.
private struct BibTeXSyntaxError: Error {
    let location: SourceLocation
    let message: String
}

extension BibTeXParser {
    fileprivate var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }
    fileprivate var atEnd: Bool { index >= scalars.count }
    fileprivate var current: Unicode.Scalar? { atEnd ? nil : scalars[index] }

    fileprivate mutating func advance() {
        guard let scalar = current else { return }
        index += 1
        if scalar == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    fileprivate mutating func skipWhitespace() {
        while let scalar = current, scalar.properties.isWhitespace { advance() }
    }

    /// What `current` is, for "found …" in messages.
    fileprivate var foundDescription: String {
        guard let scalar = current else { return "the end of the file" }
        if scalar == "\n" { return "the end of the line" }
        if scalar.value < 0x20 || scalar.value == 0x7F { return "control character \(scalar.codePoint)" }
        return "'\(Character(scalar))'"
    }

    fileprivate func error(_ message: String, at location: SourceLocation) -> BibTeXSyntaxError {
        BibTeXSyntaxError(location: location, message: message)
    }

    /// "expected X, found Y" at the current place.
    fileprivate func expected(_ what: String) -> BibTeXSyntaxError {
        error("expected \(what), found \(foundDescription)", at: here)
    }

    fileprivate mutating func run() {
        while !atEnd {
            guard current == "@" else {
                advance()  // text between entries is a comment to BibTeX
                continue
            }
            do {
                try readItem()
            } catch {
                diagnostics.append(Diagnostic(.error, at: error.location, error.message))
                skipToNextItem()
            }
        }
    }

    /// After an error: on to the next line whose first non-blank character is `@`.
    fileprivate mutating func skipToNextItem() {
        var before = index - 1
        while before >= 0, scalars[before] != "\n", scalars[before].properties.isWhitespace { before -= 1 }
        var lineStart = before < 0 || scalars[before] == "\n"
        while let scalar = current {
            if scalar == "\n" {
                lineStart = true
            } else if scalar == "@" && lineStart {
                return
            } else if !scalar.properties.isWhitespace {
                lineStart = false
            }
            advance()
        }
    }

    /// One `@…` item: an entry, `@string`, `@preamble` or `@comment`.
    fileprivate mutating func readItem() throws(BibTeXSyntaxError) {
        let start = here
        advance()  // @
        skipWhitespace()
        let type = readIdentifier().lowercased()
        guard !type.isEmpty else { throw expected("an entry type after '@' (such as article)") }
        skipWhitespace()
        if type == "comment" {
            // `@comment{…}` skips its braces; a bare `@comment` is text, as BibTeX reads it.
            if current == "{" || current == "(" { _ = try readDelimited(start: start, item: "@comment") }
            return
        }
        guard let open = current, open == "{" || open == "(" else {
            throw expected("'{' after @\(type)")
        }
        let close: Unicode.Scalar = open == "{" ? "}" : ")"
        advance()
        skipWhitespace()
        switch type {
        case "string":
            try readMacroDefinition(close: close)
        case "preamble":
            _ = try readValue()
            try readClose(close, item: "@preamble", start: start)
        default:
            try readEntry(type: type, start: start, close: close)
        }
    }

    /// `@string{name = value}`: defines a macro for the entries after it.
    fileprivate mutating func readMacroDefinition(close: Unicode.Scalar) throws(BibTeXSyntaxError) {
        let location = here
        let name = readIdentifier().lowercased()
        guard !name.isEmpty else { throw expected("a macro name in @string") }
        skipWhitespace()
        guard current == "=" else { throw expected("'=' after the macro name \(name)") }
        advance()
        let value = try readValue()
        if let first = macroLines[name] {
            throw error("macro \(name) is defined twice (first at line \(first.line))", at: location)
        }
        macros[name] = value
        macroLines[name] = location
        try readClose(close, item: "@string", start: location)
    }

    /// `key, field = value, …` up to `close`.
    fileprivate mutating func readEntry(type: String, start: SourceLocation, close: Unicode.Scalar) throws(BibTeXSyntaxError) {
        let keyLocation = here
        var key = ""
        while let scalar = current, !isKeyTerminator(scalar) {
            key.unicodeScalars.append(scalar)
            advance()
        }
        guard !key.isEmpty else { throw expected("a citation key after @\(type){") }
        skipWhitespace()
        if let first = keys[key.lowercased()] {
            throw error("citation key \(key) is used twice (first at line \(first.line))", at: keyLocation)
        }
        var entry = BibTeXEntry(type: type, key: key, location: start, fields: [])
        while true {
            skipWhitespace()
            if current == close { break }
            guard current == "," else {
                throw expected(
                    entry.fields.isEmpty
                        ? "',' after the citation key \(key)"
                        : "',' or '\(Character(close))' after the field \(entry.fields.last!.name)")
            }
            advance()
            skipWhitespace()
            if current == close { break }  // a comma after the last field is allowed
            let nameLocation = here
            let name = readIdentifier().lowercased()
            guard !name.isEmpty else {
                if atEnd {
                    throw error(
                        "entry \(key) is not closed: expected '\(Character(close))' to match the one at line \(start.line)",
                        at: start)
                }
                throw expected("a field name in entry \(key)")
            }
            skipWhitespace()
            guard current == "=" else { throw expected("'=' after the field name \(name)") }
            advance()
            skipWhitespace()
            let valueLocation = here
            let value = try readValue()
            if entry.field(name) != nil {
                throw error("field \(name) appears twice in entry \(key)", at: nameLocation)
            }
            entry.fields.append(BibTeXField(name: name, value: value, location: valueLocation))
        }
        advance()  // close
        keys[key.lowercased()] = keyLocation
        entries.append(entry)
    }

    fileprivate mutating func readClose(_ close: Unicode.Scalar, item: String, start: SourceLocation) throws(BibTeXSyntaxError) {
        skipWhitespace()
        guard current == close else {
            if atEnd { throw error("\(item) is not closed: expected '\(Character(close))'", at: start) }
            throw expected("'\(Character(close))' to close \(item)")
        }
        advance()
    }

    /// Letters, digits and the punctuation BibTeX allows in type, field and macro names.
    fileprivate mutating func readIdentifier() -> String {
        var name = ""
        while let scalar = current,
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-:.+/'".unicodeScalars.contains(scalar)
        {
            name.unicodeScalars.append(scalar)
            advance()
        }
        return name
    }

    fileprivate func isKeyTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || ",{}()=\"#".unicodeScalars.contains(scalar)
    }

    /// A value: pieces joined with `#`, each `{…}`, `"…"`, a number or a macro name.
    fileprivate mutating func readValue() throws(BibTeXSyntaxError) -> String {
        var value = ""
        while true {
            skipWhitespace()
            let start = here
            switch current {
            case "{":
                value += try readDelimited(start: start, item: "the value")
            case "\"":
                value += try readQuoted(start: start)
            case let scalar? where ("0"..."9").contains(scalar):
                while let digit = current, ("0"..."9").contains(digit) {
                    value.unicodeScalars.append(digit)
                    advance()
                }
            case let scalar? where scalar.properties.isAlphabetic:
                let name = readIdentifier()
                guard let expansion = macros[name.lowercased()] else {
                    throw error(
                        "unknown macro \(name): define it with @string{\(name) = {…}} before it is used, or put the text in braces",
                        at: start)
                }
                value += expansion
            default:
                throw expected("a value: {text}, \"text\", a number or a macro name")
            }
            skipWhitespace()
            guard current == "#" else { return value }
            advance()
        }
    }

    /// `{…}` (or `(…)` around `@comment`) with balanced delimiters inside; returns what is
    /// between the outer ones.
    fileprivate mutating func readDelimited(start: SourceLocation, item: String) throws(BibTeXSyntaxError) -> String {
        let open = current!
        let close: Unicode.Scalar = open == "(" ? ")" : "}"
        advance()
        var text = ""
        var openings: [SourceLocation] = [start]
        while let scalar = current {
            if scalar == open {
                openings.append(here)
                guard openings.count <= Self.maxDepth else {
                    throw error("braces nested deeper than \(Self.maxDepth) levels", at: here)
                }
            } else if scalar == close {
                openings.removeLast()
                if openings.isEmpty {
                    advance()
                    return text
                }
            }
            text.unicodeScalars.append(scalar)
            advance()
        }
        let innermost = openings.last!
        throw error(
            "unclosed brace in \(item): expected '\(Character(close))' to match the '\(Character(open))' at line \(innermost.line), column \(innermost.column)",
            at: innermost)
    }

    /// `"…"`: ends at a quote outside braces; braces inside must balance.
    fileprivate mutating func readQuoted(start: SourceLocation) throws(BibTeXSyntaxError) -> String {
        advance()
        var text = ""
        var openings: [SourceLocation] = []
        while let scalar = current {
            switch scalar {
            case "\"" where openings.isEmpty:
                advance()
                return text
            case "{":
                openings.append(here)
                guard openings.count < Self.maxDepth else {
                    throw error("braces nested deeper than \(Self.maxDepth) levels", at: here)
                }
            case "}":
                guard !openings.isEmpty else {
                    throw error(
                        "unmatched '}' in a quoted value (the quote opens at line \(start.line), column \(start.column))",
                        at: here)
                }
                openings.removeLast()
            default:
                break
            }
            text.unicodeScalars.append(scalar)
            advance()
        }
        if let innermost = openings.last {
            throw error(
                "unclosed brace in a quoted value: expected '}' to match the '{' at line \(innermost.line), column \(innermost.column)",
                at: innermost)
        }
        throw error("unclosed quote: expected '\"' to end the value that starts here", at: start)
    }
}
