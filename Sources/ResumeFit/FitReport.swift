/// How a résumé fits its theme's pages: the page count and, for each paragraph-sized value, how
/// many lines it renders to and how much would have to go to save a line.
public struct FitReport: Sendable, Equatable, Codable {
    public var theme: String
    public var pages: Int
    /// Whether the document ends within one item of a page boundary: a line more would start a
    /// new page, or the last page holds a single item.
    public var nearPageBoundary: Bool
    /// How many more lines of body text the last page could take.
    public var lastPageFreeLines: Int
    /// How many lines of body text a page holds.
    public var linesPerPage: Int
    /// Whether any measurement is an estimate (text without font metrics, such as Hangul).
    public var approximate: Bool
    public var items: [FitItem]
    /// The document's headings, entries, bullets and paragraphs with the pages their lines fell
    /// on, for the page-break check (`PageBreakDefects`). Not in the JSON output.
    public var blocks: [PagedBlock] = []

    enum CodingKeys: String, CodingKey {
        case theme, pages, nearPageBoundary, lastPageFreeLines, linesPerPage, approximate, items
    }
}

/// One value of the résumé as typeset: a highlight, summary or description.
public struct FitItem: Sendable, Equatable, Codable {
    /// Where the value is in the model: `work[0].highlights[2]`.
    public var path: String
    public var line: Int
    public var column: Int
    /// The number of lines it renders to.
    public var lines: Int
    /// How many characters must go for it to take a line less; nil for a single line.
    public var charsToSaveLine: Int?
    /// How many words its last line holds, when it has more than one line; 0 otherwise.
    public var lastLineWords: Int
    /// Whether the count is an estimate rather than TeX's exact result.
    public var approximate: Bool
    /// The page its first line is on.
    public var page: Int
    /// Whether a line sticks out past the right margin, as TeX's "Overfull \hbox" warns: a word
    /// too long to break. Not in the JSON output, where the item-lines finding reports it.
    public var overfull = false

    enum CodingKeys: String, CodingKey {
        case path, line, column, lines, charsToSaveLine, lastLineWords, approximate, page
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encode(lines, forKey: .lines)
        try container.encode(charsToSaveLine, forKey: .charsToSaveLine)  // null, not missing, when none
        try container.encode(lastLineWords, forKey: .lastLineWords)
        try container.encode(approximate, forKey: .approximate)
        try container.encode(page, forKey: .page)
    }
}
