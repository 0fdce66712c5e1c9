/// Turns the HTML or Markdown that other tools put into text — `<p>`, `<strong>`, `&amp;`,
/// `**bold**`, `[link](url)` — into the plain text this format holds, and names what it removed,
/// so an import can say what it changed.
///
/// Only known HTML tag names count as tags (`Vec<String>` stays), and Markdown emphasis only
/// between word boundaries (`snake_case_name` and `5 * 3 * 2` stay).
struct MarkupStripper {
    /// Whether breaks between blocks (`<p>`, `<br>`, `<li>`) become line breaks, as in a summary,
    /// or spaces, as in one list item.
    var keepsLines: Bool

    struct Result: Equatable {
        var text: String
        /// What was removed, each once, in the order met: `<p>`, `&amp;`, `**…**`, `[…](…)`.
        var removed: [String]
    }

    /// The plain text, or nil when `text` has no markup.
    func plainText(_ text: String) -> Result? {
        var removed: [String] = []
        var characters = Array(text)
        characters = stripHTML(characters, removed: &removed)
        characters = stripMarkdown(characters, removed: &removed)
        guard !removed.isEmpty else { return nil }
        let lines = String(characters).split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
            .filter { !$0.isEmpty }
        var unique: [String] = []
        for item in removed where !unique.contains(item) { unique.append(item) }
        return Result(text: lines.joined(separator: keepsLines ? "\n" : " "), removed: unique)
    }
}

// MARK: - HTML

private extension MarkupStripper {
    static let blockTags: Set<String> = [
        "address", "article", "blockquote", "br", "center", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th",
        "thead", "tr", "ul",
    ]
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "big", "cite", "code", "del", "em", "font", "i", "img", "ins", "kbd", "label", "mark",
        "q", "s", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var", "wbr",
    ]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "laquo": "«", "raquo": "»",
        "bull": "•", "middot": "·", "copy": "©", "reg": "®", "trade": "™", "times": "×", "deg": "°",
        "euro": "€", "pound": "£", "yen": "¥", "cent": "¢", "sect": "§", "para": "¶", "shy": "",
    ]

    func stripHTML(_ input: [Character], removed: inout [String]) -> [Character] {
        var output: [Character] = []
        var index = 0
        while index < input.count {
            if input[index] == "<", let tag = Self.tag(in: input, at: index) {
                output += Self.blockTags.contains(tag.name) ? (keepsLines ? ["\n"] : [" "]) : []
                removed.append(tag.name == "!--" ? "<!--…-->" : "<\(tag.name)>")
                index = tag.end
            } else if input[index] == "&", let entity = Self.entity(in: input, at: index) {
                output += entity.text
                removed.append(entity.written)
                index = entity.end
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }

    /// A known tag (`<p>`, `</strong>`, `<br/>`, `<a href="…">`) or a comment starting at `start`.
    static func tag(in input: [Character], at start: Int) -> (name: String, end: Int)? {
        if input[start...].starts(with: Array("<!--")) {
            var index = start + 4
            while index + 2 < input.count {
                if input[index...].starts(with: Array("-->")) { return ("!--", index + 3) }
                index += 1
            }
            return nil
        }
        var index = start + 1
        if index < input.count, input[index] == "/" { index += 1 }
        var name = ""
        while index < input.count, input[index].isASCII, input[index].isLetter || input[index].isNumber {
            name.append(input[index])
            index += 1
        }
        name = name.lowercased()
        guard blockTags.contains(name) || inlineTags.contains(name), index < input.count else { return nil }
        guard input[index] == ">" || input[index] == "/" || input[index] == " " || input[index] == "\n" else { return nil }
        while index < input.count, input[index] != ">" {
            if input[index] == "<" { return nil }
            index += 1
        }
        return index < input.count ? (name, index + 1) : nil
    }

    /// A named entity this knows (`&amp;`) or a numeric one (`&#233;`, `&#xE9;`) at `start`.
    static func entity(in input: [Character], at start: Int) -> (text: [Character], written: String, end: Int)? {
        guard let semicolon = input[start...].prefix(12).firstIndex(of: ";"), semicolon > start + 1 else { return nil }
        let body = String(input[(start + 1)..<semicolon])
        let written = "&\(body);"
        if let text = entities[body] { return (Array(text), written, semicolon + 1) }
        guard body.hasPrefix("#") else { return nil }
        let number = body.dropFirst()
        let value = number.lowercased().hasPrefix("x") ? UInt32(number.dropFirst(), radix: 16) : UInt32(number, radix: 10)
        guard let value, let scalar = Unicode.Scalar(value), value >= 0x20 else { return nil }
        return ([Character(scalar)], written, semicolon + 1)
    }
}

// MARK: - Markdown

private extension MarkupStripper {
    func stripMarkdown(_ input: [Character], removed: inout [String]) -> [Character] {
        var text = Self.headings(input, removed: &removed)
        text = Self.links(text, removed: &removed)
        for delimiter in ["**", "__", "~~", "`", "*", "_"] {
            text = Self.spans(text, delimiter: Array(delimiter), removed: &removed)
        }
        return text
    }

    /// `# Heading` at the start of a line.
    static func headings(_ input: [Character], removed: inout [String]) -> [Character] {
        var output: [Character] = []
        for (number, line) in input.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { output.append("\n") }
            let marks = line.prefix { $0 == "#" }.count
            if (1...6).contains(marks), line.dropFirst(marks).first == " " {
                output += line.dropFirst(marks + 1)
                removed.append("# heading")
            } else {
                output += line
            }
        }
        return output
    }

    /// `[text](url)` becomes `text`, `![alt](url)` becomes `alt`.
    static func links(_ input: [Character], removed: inout [String]) -> [Character] {
        var output: [Character] = []
        var index = 0
        while index < input.count {
            let isImage = input[index] == "!" && index + 1 < input.count && input[index + 1] == "["
            let open = isImage ? index + 1 : index
            if input[open] == "[", let link = link(in: input, at: open) {
                output += link.text
                removed.append(isImage ? "![…](…)" : "[…](…)")
                index = link.end
            } else {
                output.append(input[index])
                index += 1
            }
        }
        return output
    }

    static func link(in input: [Character], at open: Int) -> (text: ArraySlice<Character>, end: Int)? {
        guard let close = input[open...].firstIndex(of: "]"), close + 1 < input.count, input[close + 1] == "(",
              let end = input[(close + 1)...].firstIndex(of: ")") else { return nil }
        let text = input[(open + 1)..<close]
        let url = input[(close + 2)..<end]
        guard !url.isEmpty, !url.contains(where: \.isWhitespace), !text.contains("\n"), !text.contains("[") else { return nil }
        return (text, end + 1)
    }

    /// Text between a pair of delimiters on one line, the opening one after a word boundary and
    /// before a non-space, the closing one after a non-space and before a word boundary.
    static func spans(_ input: [Character], delimiter: [Character], removed: inout [String]) -> [Character] {
        var output: [Character] = []
        var index = 0
        let width = delimiter.count
        func isDelimiter(at position: Int) -> Bool {
            position >= 0 && position + width <= input.count && Array(input[position..<(position + width)]) == delimiter
        }
        func isBoundary(_ position: Int) -> Bool {
            guard position >= 0, position < input.count else { return true }
            let character = input[position]
            return !(character.isLetter || character.isNumber) && character != delimiter[0]
        }
        while index < input.count {
            guard isDelimiter(at: index), isBoundary(index - 1), index + width < input.count,
                  !input[index + width].isWhitespace, let close = closing(after: index) else {
                output.append(input[index])
                index += 1
                continue
            }
            output += input[(index + width)..<close]
            removed.append(String(delimiter) + "…" + String(delimiter))
            index = close + width
        }
        return output

        func closing(after open: Int) -> Int? {
            var position = open + width + 1
            while position + width <= input.count {
                if input[position] == "\n" { return nil }
                if isDelimiter(at: position), !input[position - 1].isWhitespace, isBoundary(position + width) {
                    return position
                }
                position += 1
            }
            return nil
        }
    }
}
