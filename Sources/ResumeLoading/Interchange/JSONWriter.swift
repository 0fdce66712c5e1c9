import ResumeSupport

/// Writes a JSON Resume document through `JSONValue`, the one JSON writer: pretty-printed with
/// the keys of every object sorted, so the same résumé always gives the same bytes.
struct JSONWriter {
    func document(_ value: InterchangeValue) -> String {
        Self.json(value).formatted(.compact)
    }

    private static func json(_ value: InterchangeValue) -> JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .bool(let flag): .bool(flag)
        case .list(let items): .array(items.map(json))
        case .fields(let fields): .object(Dictionary(fields.map { ($0.key, json($0.value)) }) { first, _ in first })
        }
    }
}
