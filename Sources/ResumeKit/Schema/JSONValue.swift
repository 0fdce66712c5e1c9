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
        case .string(let string): text += JSONWriter.quoted(string)
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
                text += inner + JSONWriter.quoted(key) + ": "
                members[key]!.write(to: &text, indentation: inner)
                text += index == keys.count - 1 ? "\n" : ",\n"
            }
            text += indentation + "}"
        }
    }
}
