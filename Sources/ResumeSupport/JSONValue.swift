import Foundation

/// A JSON document built in code, and the one writer of every JSON the tool prints: two-space
/// indentation, object keys sorted, non-ASCII text kept as it is, so the same value always gives
/// the same bytes on every platform. Objects keep their members' order for writers that show it
/// (the YAML of `resume import`).
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object(JSONObject)

    /// How a document is spaced. The two differ only where committed outputs already differ.
    public struct Style: Sendable {
        /// Between a key and its value.
        var keySeparator: String
        /// Whether an empty array or object is written open over lines, as Foundation's
        /// `JSONEncoder` writes it.
        var opensEmptyContainers: Bool

        /// `"key": value`, `[]`: the JSON Resume export and the schema.
        public static let compact = Style(keySeparator: ": ", opensEmptyContainers: false)
        /// `"key" : value`, empty containers over three lines: lint's JSON and SARIF reports,
        /// whose first versions were written by `JSONEncoder` and whose bytes are kept.
        package static let spaced = Style(keySeparator: " : ", opensEmptyContainers: true)
    }

    /// The document as pretty-printed JSON text, ending in a newline.
    public var formatted: String {
        formatted(.compact)
    }

    /// The document as pretty-printed JSON text in `style`, ending in a newline.
    public func formatted(_ style: Style) -> String {
        var text = ""
        write(to: &text, indentation: "", style: style)
        return text + "\n"
    }

    /// The value an `Encodable` encodes to (strings, integers, booleans, null, arrays and
    /// objects; a fractional number is a bug in the caller).
    public init(encoding value: some Encodable) throws {
        self = try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(value))
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it
    /// is (UTF-8). U+2028 and U+2029 are escaped too, for JavaScript readers older than ES2019.
    public static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            case "\u{08}": quoted += "\\b"
            case "\u{0C}": quoted += "\\f"
            case "\u{2028}", "\u{2029}": quoted += "\\u\(String(scalar.value, radix: 16))"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    quoted += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    quoted.unicodeScalars.append(scalar)
                }
            }
        }
        return quoted + "\""
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}

extension JSONValue: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Int.self) {
            self = .integer(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let items = try? container.decode([JSONValue].self) {
            self = .array(items)
        } else {
            self = .object(JSONObject(try container.decode([String: JSONValue].self)))
        }
    }
}

private extension JSONValue {
    func write(to text: inout String, indentation: String, style: Style) {
        let inner = indentation + "  "
        switch self {
        case .string(let string): text += Self.quoted(string)
        case .integer(let number): text += String(number)
        case .bool(let flag): text += flag ? "true" : "false"
        case .null: text += "null"
        case .array(let items) where items.isEmpty:
            text += style.opensEmptyContainers ? "[\n\n" + indentation + "]" : "[]"
        case .object(let members) where members.isEmpty:
            text += style.opensEmptyContainers ? "{\n\n" + indentation + "}" : "{}"
        case .array(let items):
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += inner
                item.write(to: &text, indentation: inner, style: style)
                text += index == items.count - 1 ? "\n" : ",\n"
            }
            text += indentation + "]"
        case .object(let members):
            text += "{\n"
            let sorted = members.members.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            for (index, member) in sorted.enumerated() {
                text += inner + Self.quoted(member.key) + style.keySeparator
                member.value.write(to: &text, indentation: inner, style: style)
                text += index == sorted.count - 1 ? "\n" : ",\n"
            }
            text += indentation + "}"
        }
    }
}
