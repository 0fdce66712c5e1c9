import Yams
import ResumeModel

/// What importing one document gathers: a note for everything it changed, kept out or could not
/// read, each at its place in the file, and where each value it took came from.
final class ImportNotes {
    let file: String
    private let positions: SourcePositions
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each value taken came from, by its path in the résumé (`work[0].highlights[2]`), so
    /// that lint can point at the document itself when it is loaded without converting it.
    private(set) var sourceMap = SourceMap()

    init(file: String, positions: SourcePositions) {
        self.file = file
        self.positions = positions
    }

    convenience init(source: JSONSource) {
        self.init(file: source.file, positions: .json(source))
    }

    func location(of node: Node) -> SourceLocation {
        positions.location(of: node.mark, in: file)
    }

    /// A change the import made, or something it kept out: the import goes on.
    func warning(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.warning, at: location(of: node), message))
    }

    /// Something that stops the import: nothing is written.
    func error(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.error, at: location(of: node), message))
    }

    /// Notes that the value at `path` of the résumé was read from `node`.
    func record(_ path: String, at node: Node) {
        guard node.mark != nil else { return }
        sourceMap[path] = location(of: node)
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
