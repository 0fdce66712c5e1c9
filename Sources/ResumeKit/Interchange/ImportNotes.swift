import Yams

/// What importing one document gathers: a note for everything it changed, kept out or could not
/// read, each at its place in the file.
final class ImportNotes {
    let source: JSONSource
    private(set) var diagnostics: [Diagnostic] = []

    init(source: JSONSource) {
        self.source = source
    }

    func location(of node: Node) -> SourceLocation {
        source.location(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// A change the import made, or something it kept out: the import goes on.
    func warning(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.warning, at: location(of: node), message))
    }

    /// Something that stops the import: nothing is written.
    func error(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.error, at: location(of: node), message))
    }
}

extension Node {
    /// How a JSON value's kind is named in notes: "expected text, found an object".
    var jsonKindDescription: String {
        switch self {
        case .scalar(let scalar) where scalar.isNull: "null"
        case .scalar(let scalar) where scalar.style == .plain && ["true", "false"].contains(scalar.string): "a boolean"
        case .scalar: "text"
        case .sequence: "an array"
        case .mapping: "an object"
        case .alias: "an alias"
        }
    }
}
