import ResumeModel
import ResumeSupport

/// Collects the fields of one mapping, leaving out absent values and empty lists, so that a
/// written document holds only what the résumé says. A key added twice keeps its first value.
struct FieldList {
    private(set) var object = JSONObject()

    mutating func add(_ key: String, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        add(key, JSONValue.string(text))
    }

    mutating func add(_ key: String, _ texts: [String]) {
        guard !texts.isEmpty else { return }
        add(key, JSONValue.array(texts.map(JSONValue.string)))
    }

    mutating func add(_ key: String, _ date: PartialDate?) {
        add(key, date?.description)
    }

    mutating func add(_ key: String, _ value: JSONValue?) {
        switch value {
        case nil: return
        case .array(let items) where items.isEmpty: return
        case .object(let fields) where fields.isEmpty: return
        case let value?: if object[key] == nil { object[key] = value }
        }
    }

    var value: JSONValue { .object(object) }
}
