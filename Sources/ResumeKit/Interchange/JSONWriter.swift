/// Writes nested values as pretty-printed JSON with the keys of every object sorted, so the
/// same résumé always gives the same bytes, on every platform.
struct JSONWriter {
    func document(_ value: InterchangeValue) -> String {
        write(value, indent: 0) + "\n"
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as it
    /// is (UTF-8). U+2028 and U+2029 are escaped too, for JavaScript readers older than ES2019.
    static func quoted(_ text: String) -> String {
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

private extension JSONWriter {
    func write(_ value: InterchangeValue, indent: Int) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch value {
        case .text(let text):
            return Self.quoted(text)
        case .bool(let value):
            return "\(value)"
        case .list(let items) where items.isEmpty:
            return "[]"
        case .list(let items):
            let written = items.map { inner + write($0, indent: indent + 1) }
            return "[\n" + written.joined(separator: ",\n") + "\n" + outer + "]"
        case .fields(let fields) where fields.isEmpty:
            return "{}"
        case .fields(let fields):
            let written = fields.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
                .map { inner + Self.quoted($0.key) + ": " + write($0.value, indent: indent + 1) }
            return "{\n" + written.joined(separator: ",\n") + "\n" + outer + "}"
        }
    }
}
