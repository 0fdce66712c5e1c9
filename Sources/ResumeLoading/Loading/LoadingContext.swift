import Yams
import ResumeModel

/// What loading one file gathers as it goes: every problem found, and where each value came from.
final class LoadingContext {
    let file: String
    let options: LoadOptions
    /// The language multi-language text is read in: `--lang`, else `meta.locale`, else the first given.
    var language: String?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap = SourceMap()
    /// Every language key of multi-language text, in the order first met.
    private(set) var languages: [String] = []
    /// Every tag on an entry or list item.
    private(set) var tags: Set<String> = []
    /// How many more bytes of text the résumé's values may add up to. Aliases (`*name`) can repeat
    /// one long text without limit; past this budget loading stops reading text, with one error.
    private var textBudget = LoadingContext.textLimit
    static let textLimit = 64 << 20
    /// How many bytes of text this context took from the budget.
    private var textSpent = 0
    /// False while checking an item that `--tags` leaves out: its problems are still reported,
    /// but it has no place in the résumé's source map.
    private var isRecording = true

    /// Turns libyaml's marks into the file's places.
    private let positions: SourcePositions

    init(file: String, positions: SourcePositions, options: LoadOptions = LoadOptions()) {
        self.file = file
        self.options = options
        self.language = options.language
        self.positions = positions
    }

    func location(of node: Node) -> SourceLocation {
        location(of: node.mark)
    }

    func location(of mark: Mark?) -> SourceLocation {
        positions.location(of: mark, in: file)
    }

    func error(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.error, at: location(of: node), message))
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, at: location, message))
    }

    /// A problem found before the values were read, such as a JSON escape.
    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func warning(_ message: String, at node: Node) {
        diagnostics.append(Diagnostic(.warning, at: location(of: node), message))
    }

    func record(_ path: String, at node: Node) {
        guard isRecording else { return }
        sourceMap[path] = location(of: node)
    }

    /// Whether the résumé's text went over the budget: aliases repeating a long value, which no
    /// other reading of the file should take either.
    var isOverTextBudget: Bool { textBudget < 0 }

    /// Takes `bytes` from the text budget; false, with the error reported once, when it is spent.
    func spendText(_ bytes: Int, at node: Node) -> Bool {
        guard textBudget >= 0 else { return false }
        textBudget -= bytes
        textSpent += bytes
        guard textBudget < 0 else { return true }
        error(
            "the résumé's text adds up to more than \(Self.textLimit >> 20) MB here;"
                + " an alias (*name) repeating a long value is the usual cause", at: node)
        return false
    }

    /// Where text given in several languages was empty in the one read, by path: a required
    /// value must not be.
    private var emptyTranslations: [String: (language: String, node: Node)] = [:]

    func noteEmptyTranslation(_ path: String, language: String, at node: Node) {
        emptyTranslations[path] = (language, node)
    }

    func emptyTranslation(at path: String) -> (language: String, node: Node)? {
        emptyTranslations[path]
    }

    func noteLanguage(_ language: String) {
        if !languages.contains(language) { languages.append(language) }
    }

    func noteTags(_ found: [String]) {
        tags.formUnion(found)
    }

    /// A context for reading a part of the file on another thread: the same file, options,
    /// language and budget, nothing found yet. `absorb` joins what it finds to this context.
    func forked() -> LoadingContext {
        let fork = LoadingContext(file: file, positions: positions, options: options)
        fork.language = language
        fork.textBudget = textBudget
        fork.isRecording = isRecording
        return fork
    }

    /// Adds what `fork` found to what this context found, as if `fork`'s part had been read here
    /// after everything read so far. False, adding nothing, when the two together spend more
    /// than the text budget: that part must then be read here, where the budget stops it.
    func absorb(_ fork: LoadingContext) -> Bool {
        guard textBudget - fork.textSpent >= 0 else { return false }
        textBudget -= fork.textSpent
        textSpent += fork.textSpent
        diagnostics += fork.diagnostics
        sourceMap.merge(fork.sourceMap)
        for language in fork.languages { noteLanguage(language) }
        tags.formUnion(fork.tags)
        emptyTranslations.merge(fork.emptyTranslations) { _, later in later }
        return true
    }

    /// Reads an item that `--tags` leaves out, for its problems only.
    func checkingOnly(_ read: () -> Void) {
        let wasRecording = isRecording
        isRecording = false
        read()
        isRecording = wasRecording
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
        guard style == .plain else { return false }
        switch string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }
}
