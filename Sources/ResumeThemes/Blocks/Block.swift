/// The blocks a résumé's LaTeX document is made of, each a macro that `resume` defines
/// (`BlockMacros`) and the fit engine measures (`DocumentLayout`): the one vocabulary a theme's
/// templates write the document in. A template that calls a macro not listed here, or defines
/// one of these itself, is refused when the theme loads (`TeXTemplateCheck`).
package enum Block: String, CaseIterable, Sendable {
    // Blocks that set text on the page.
    case name = "cvname"
    case label = "cvlabel"
    case contacts = "cvcontacts"
    case headerEnd = "cvheaderend"
    case summary = "cvsummary"
    case section = "cvsection"
    case entry = "cventry"
    case item = "cvitem"
    case text = "cvtext"
    case pair = "cvpair"
    // Marks between blocks that only decide where pages may break.
    case list = "cvlist"
    case newPage = "cvnewpage"
    case together = "cvtogether"
    case apart = "cvapart"
    // Commands used inside another block's argument.
    case contact = "cvcontact"
    case separator = "cvsep"
    case small = "cvsmall"
    case icon = "cvicon"

    /// What a block is for, which says where a template may use it.
    package enum Role: Sendable {
        /// Sets paragraphs (or space) on the page, between other blocks.
        case text
        /// Only changes where a page may break.
        case pageBreak
        /// Inside another block's argument.
        case inline
    }

    public var role: Role {
        switch self {
        case .name, .label, .contacts, .headerEnd, .summary, .section, .entry, .item, .text, .pair: .text
        case .list, .newPage, .together, .apart: .pageBreak
        case .contact, .separator, .small, .icon: .inline
        }
    }

    /// The arguments, by what each one holds.
    public var arguments: [String] {
        switch self {
        case .name, .label, .contacts, .summary, .item, .text: ["text"]
        case .section: ["title"]
        case .entry: ["title", "dates", "subtitle", "place"]
        case .pair: ["name", "value"]
        case .list: ["count"]
        case .contact: ["contact"]
        case .icon: ["code"]
        case .headerEnd, .newPage, .together, .apart, .separator, .small: []
        }
    }

    /// Whether the block is one paragraph of the résumé's prose, which the fit report lists as an item.
    package var isProse: Bool {
        switch self {
        case .summary, .item, .text, .pair: true
        default: false
        }
    }

    /// What the block puts on the page above its text; `section` has its own sequence.
    package var opening: Opening? {
        switch self {
        case .label, .contacts: .space(.labelBefore)
        case .headerEnd: .space(.headerAfter)
        case .summary: .space(.headingBefore)
        case .entry: .start(penalty: 0, space: .entryBefore)
        case .item, .text: .start(penalty: 300, space: .itemBefore)
        case .pair: .start(penalty: 0, space: .itemBefore)
        default: nil
        }
    }

    /// The space above a block: a plain vertical space, or `\cvstart`'s page-break logic with a
    /// penalty for breaking before it and a space left out after a heading.
    package enum Opening: Equatable {
        case space(LayoutLength)
        case start(penalty: Int, space: LayoutLength)
    }

    /// Commands the document body may use between blocks, with their number of arguments: they
    /// change nothing the page model does not know (`\normalsize`, `\color{body}`).
    package static let bodySetupCommands: [String: Int] = ["normalsize": 0, "color": 1]

    /// The block a command name calls (`cvitem`), or nil.
    public init?(command: String) {
        self.init(rawValue: command)
    }
}
