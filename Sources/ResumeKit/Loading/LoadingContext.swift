import Yams

/// What loading one file gathers as it goes: every problem found, and where each value came from.
final class LoadingContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap = SourceMap()

    init(file: String) {
        self.file = file
    }

    func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.error, at: location(of: node), message))
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, at: location, message))
    }

    func record(_ path: String, at node: Node) {
        sourceMap[path] = location(of: node)
    }
}

extension Node {
    /// How a node's kind is named in messages: "expected a string, found a list".
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "nothing (null)" : "a scalar"
        case .sequence: "a list"
        case .mapping: "a mapping"
        case .alias: "an alias"
        }
    }

    /// Whether YAML reads this as "no value": empty, `~` or `null`.
    var isNull: Bool {
        if case .scalar(let scalar) = self { return scalar.isNull }
        return false
    }
}

extension Node.Scalar {
    var isNull: Bool {
        style == .plain && ["", "~", "null", "Null", "NULL"].contains(string)
    }
}
