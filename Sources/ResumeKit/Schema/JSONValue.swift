/// A JSON document built in code, written out the same way every time: two-space indentation,
/// object keys sorted, non-ASCII text kept as it is.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// The document as pretty-printed JSON text, ending in a newline.
    public var formatted: String {
        var text = ""
        write(to: &text, indentation: "")
        return text + "\n"
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
        self = .object(Dictionary(elements) { _, last in last })
    }
}

private extension JSONValue {
    func write(to text: inout String, indentation: String) {
        let inner = indentation + "  "
        switch self {
        case .string(let string): text += Self.quoted(string)
        case .integer(let number): text += String(number)
        case .bool(let flag): text += flag ? "true" : "false"
        case .null: text += "null"
        case .array(let items) where items.isEmpty: text += "[]"
        case .object(let members) where members.isEmpty: text += "{}"
        case .array(let items):
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += inner
                item.write(to: &text, indentation: inner)
                text += index == items.count - 1 ? "\n" : ",\n"
            }
            text += indentation + "]"
        case .object(let members):
            text += "{\n"
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, key) in keys.enumerated() {
                text += inner + Self.quoted(key) + ": "
                members[key]!.write(to: &text, indentation: inner)
                text += index == keys.count - 1 ? "\n" : ",\n"
            }
            text += indentation + "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    static func quoted(_ string: String) -> String {
        var text = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20:
                text +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        return text + "\""
    }
}
