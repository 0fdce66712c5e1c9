/// A JSON object's members in the order they were added. JSON output sorts the keys, so its bytes
/// never depend on that order; YAML output keeps it, so a written résumé reads in the order of
/// its format (`basics` first, each entry's fields as its section lists them).
public struct JSONObject: Sendable {
    public struct Member: Sendable {
        public var key: String
        public var value: JSONValue
    }

    public private(set) var members: [Member] = []

    public init() {}

    /// The members of `dictionary`, in the order of their keys.
    public init(_ dictionary: [String: JSONValue]) {
        members = dictionary.keys.sorted().map { Member(key: $0, value: dictionary[$0]!) }
    }

    public var isEmpty: Bool { members.isEmpty }
    public var keys: [String] { members.map(\.key) }

    /// The value of `key`; setting a key that is there replaces its value in place, setting a new
    /// one adds it last, setting nil removes it.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            let index = members.firstIndex { $0.key == key }
            switch (index, newValue) {
            case let (index?, value?): members[index].value = value
            case let (index?, nil): members.remove(at: index)
            case let (nil, value?): members.append(Member(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    public func mapValues(_ transform: (JSONValue) throws -> JSONValue) rethrows -> JSONObject {
        var mapped = self
        for index in mapped.members.indices { mapped.members[index].value = try transform(mapped.members[index].value) }
        return mapped
    }
}

/// Two objects are equal when they have the same keys with equal values, in any order, as JSON
/// defines them.
extension JSONObject: Equatable {
    public static func == (left: JSONObject, right: JSONObject) -> Bool {
        guard left.members.count == right.members.count else { return false }
        return left.members.allSatisfy { right[$0.key] == $0.value }
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    /// The members in the literal's order; a key written twice keeps its last value.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        for (key, value) in elements { self[key] = value }
    }
}
