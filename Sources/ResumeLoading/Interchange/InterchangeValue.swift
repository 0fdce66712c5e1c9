import ResumeModel

/// A résumé as nested values — text, switches, lists, and fields in order — between the model
/// and a writer of YAML or JSON, so both formats are written from one description of the fields.
enum InterchangeValue {
    case text(String)
    case bool(Bool)
    case list([InterchangeValue])
    case fields([Field])

    /// One key and its value; the order of fields is the order a writer keeps or sorts.
    struct Field {
        var key: String
        var value: InterchangeValue
    }
}

/// Collects the fields of one mapping, leaving out absent values and empty lists, so that a
/// written document holds only what the résumé says.
struct FieldList {
    private(set) var fields: [InterchangeValue.Field] = []

    mutating func add(_ key: String, _ text: String?) {
        guard let text, !text.isEmpty else { return }
        fields.append(.init(key: key, value: .text(text)))
    }

    mutating func add(_ key: String, _ texts: [String]) {
        guard !texts.isEmpty else { return }
        fields.append(.init(key: key, value: .list(texts.map(InterchangeValue.text))))
    }

    mutating func add(_ key: String, _ date: PartialDate?) {
        add(key, date?.description)
    }

    mutating func add(_ key: String, _ value: InterchangeValue?) {
        switch value {
        case nil: return
        case .list(let items) where items.isEmpty: return
        case .fields(let fields) where fields.isEmpty: return
        case let value?: fields.append(.init(key: key, value: value))
        }
    }

    var value: InterchangeValue { .fields(fields) }
}
