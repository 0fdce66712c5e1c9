import ResumeModel
import ResumeSupport

/// Writes nested values as block-style YAML that reads back to the same text: keys in the
/// object's order, two-space indentation, text plain where YAML reads it unchanged, otherwise
/// double-quoted, and text of several lines as a literal block.
struct YAMLWriter {
    /// The document: comment lines first, then the top-level fields, a blank line between each.
    func document(_ object: JSONObject, comments: [String] = []) -> String {
        var text = comments.map { "# \($0)\n" }.joined()
        if !comments.isEmpty { text += "\n" }
        text += object.members.map { member in
            lines(of: member.value, after: YAMLScalar.key(member.key) + ":", indent: 0).joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
        return text
    }
}

private extension YAMLWriter {
    func lines(of object: JSONObject, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return object.members.flatMap { member in
            lines(of: member.value, after: pad + YAMLScalar.key(member.key) + ":", indent: indent)
        }
    }

    func listLines(_ items: [JSONValue], indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return items.flatMap { item in
            switch item {
            case .array(let nested) where !nested.isEmpty:
                prefixingFirst(listLines(nested, indent: indent + 2), indent: indent)
            case .object(let fields) where !fields.isEmpty:
                prefixingFirst(lines(of: fields, indent: indent + 2), indent: indent)
            default:
                lines(of: item, after: pad + "-", indent: indent)
            }
        }
    }

    /// `value` after `lead` (a key and its colon, or a list item's dash): on the same line, or
    /// on the lines under it for a list or an object that is not empty.
    func lines(of value: JSONValue, after lead: String, indent: Int) -> [String] {
        switch value {
        case .string(let text): scalarLines(text, after: lead, indent: indent)
        case .bool(let flag): [lead + " \(flag)"]
        case .integer(let number): [lead + " \(number)"]
        case .null: [lead + " null"]
        case .array(let items) where items.isEmpty: [lead + " []"]
        case .array(let items): [lead] + listLines(items, indent: indent + 2)
        case .object(let fields) where fields.isEmpty: [lead + " {}"]
        case .object(let fields): [lead] + lines(of: fields, indent: indent + 2)
        }
    }

    /// Puts the list item's dash on the first line of its content, which is indented past it.
    func prefixingFirst(_ lines: [String], indent: Int) -> [String] {
        guard let first = lines.first else { return lines }
        return [String(repeating: " ", count: indent) + "- " + first.dropFirst(indent + 2)] + lines.dropFirst()
    }

    /// `key: value`, or `key: |-` and the lines of a literal block indented under the key.
    func scalarLines(_ text: String, after lead: String, indent: Int) -> [String] {
        switch YAMLScalar.style(for: text) {
        case .plain: return [lead + " " + text]
        case .doubleQuoted: return [lead + " " + YAMLScalar.doubleQuoted(text)]
        case .literal:
            let pad = String(repeating: " ", count: indent + 2)
            return [lead + " |-"] + text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : pad + $0 }
        }
    }
}

/// How one text value is written so that YAML reads back exactly that text.
package enum YAMLScalar {
    enum Style { case plain, doubleQuoted, literal }

    static func style(for text: String) -> Style {
        if text.contains("\n") {
            return canBeLiteral(text) ? .literal : .doubleQuoted
        }
        return canBePlain(text) ? .plain : .doubleQuoted
    }

    /// A mapping key: plain when it can be, as every key of the résumé format can.
    static func key(_ key: String) -> String {
        canBePlain(key) ? key : doubleQuoted(key)
    }

    /// `"…"` with YAML's escapes for quotes, backslashes, line breaks and unprintable characters.
    package static func doubleQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            case "\r": quoted += "\\r"
            case "\u{85}": quoted += "\\N"
            case "\u{2028}": quoted += "\\L"
            case "\u{2029}": quoted += "\\P"
            default:
                if isPrintable(scalar) {
                    quoted.unicodeScalars.append(scalar)
                } else if scalar.value <= 0xFF {
                    quoted += "\\x" + hex(scalar.value, digits: 2)
                } else {
                    quoted += "\\u" + hex(scalar.value, digits: 4)
                }
            }
        }
        return quoted + "\""
    }
}

private extension YAMLScalar {
    /// Words and shapes YAML 1.1 or 1.2 reads as something other than text (booleans, null,
    /// numbers, dates): quoted, so no reader turns them into a number or a date.
    static let specialWords: Set<String> = [
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", ".inf", ".nan", "-.inf", "+.inf",
    ]

    static func canBePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || last == " " || last == ":" { return false }
        if "-?:,[]{}#&*!|>'\"%@`.+<=".unicodeScalars.contains(first) { return false }
        if ("0"..."9").contains(first) { return false }
        if specialWords.contains(text.lowercased()) { return false }
        // Compared by scalars: as characters, ": " followed by a combining mark (": ́") is not ": ".
        if text.unicodeScalars.firstRange(of: ": ".unicodeScalars) != nil || text.unicodeScalars.firstRange(of: " #".unicodeScalars) != nil {
            return false
        }
        return text.unicodeScalars.allSatisfy { isPrintable($0) && $0 != "\t" && !isLineBreak($0) }
    }

    /// A literal block keeps every character as written, so it needs printable text without other
    /// line breaks, whose first line does not start with a space (YAML would take it for the
    /// block's indentation) and which does not end with a line break (`|-` drops it).
    static func canBeLiteral(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != " ", first != "\n", text.last != "\n" else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "\n" || (isPrintable($0) && $0 != "\t" && !isLineBreak($0)) }
    }

    /// YAML's printable characters (libyaml's test), without the line breaks it also allows.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xD7FF: true
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        case 0x10000...0x10FFFF: true
        default: false
        }
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
