import ResumeModel

/// Where to cut when no layout is enough: the fewest characters that save the lines still over,
/// measured at the tightest setting the theme allows.
public struct TrimAdvice: Sendable, Equatable, Encodable {
    /// The lines of body text past the last page asked for, at the tightest setting.
    public var linesOver: Int
    /// The cheapest line-savers, one line each, cheapest first: enough of them to save `linesOver`
    /// lines when there are that many.
    public var cuts: [Cut]
    /// How many characters the cuts take in all.
    public var charactersToCut: Int
    /// Items whose last line holds a single word: each costs a whole line for a word.
    public var singleWords: [Place]
    /// The entry (or item outside entries) that starts each page past the last one asked for:
    /// what a page break pushed over, at the entry's own line.
    public var pastTheBreak: [Place]
    /// The résumé measured with every cut made, at the same setting.
    public var withCuts: FitAnswer.Result?

    /// The cuts by the path of their value.
    var cutsByPath: [String: Int] {
        Dictionary(cuts.map { ($0.path, $0.characters) }, uniquingKeysWith: max)
    }

    /// One item to shorten, and by how much to save a line.
    public struct Cut: Sendable, Equatable, Encodable {
        public var path: String
        public var line: Int
        public var column: Int
        public var characters: Int
        /// The lines it takes now.
        public var lines: Int
        /// Whether its last line holds a single word.
        package var singleWord: Bool
    }

    /// An item, where it is written.
    public struct Place: Sendable, Equatable, Encodable {
        public var path: String
        public var line: Int
        public var column: Int
        public var page: Int
    }

    /// The advice for `resume` measured in `report`, to end on page `target`.
    init(report: FitReport, resume: Resume, target: Int) {
        linesOver = max(1, report.linesPerPage * (report.pages - target) - report.lastPageFreeLines)
        // A single word alone on a last line is the cheapest cut there is; ties by place.
        let savers = report.items.filter { $0.charsToSaveLine != nil }.sorted {
            ($0.charsToSaveLine!, $0.line, $0.column) < ($1.charsToSaveLine!, $1.line, $1.column)
        }
        cuts = savers.prefix(linesOver).map { item in
            Cut(
                path: item.path, line: item.line, column: item.column, characters: item.charsToSaveLine!, lines: item.lines,
                singleWord: item.lastLineWords == 1)
        }
        charactersToCut = cuts.reduce(0) { $0 + $1.characters }
        singleWords = report.items.filter { $0.lines > 1 && $0.lastLineWords == 1 }.map(Self.place)
        pastTheBreak = (target + 1...max(target + 1, report.pages)).compactMap { page in
            report.items.first { $0.page == page }.map { Self.entry(of: Self.place($0), in: resume) }
        }
    }

    /// The entry an item belongs to (`work[3]` for `work[3].highlights[0]`), where it is written;
    /// the item itself when it is in no entry (`basics.summary`).
    private static func entry(of item: Place, in resume: Resume) -> Place {
        guard let end = item.path.firstIndex(of: "]") else { return item }
        let path = String(item.path[...end])
        guard let location = resume.sourceMap[path] else { return item }
        return Place(path: path, line: location.line, column: location.column, page: item.page)
    }

    private static func place(_ item: FitItem) -> Place {
        Place(path: item.path, line: item.line, column: item.column, page: item.page)
    }
}
