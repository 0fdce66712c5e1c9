/// How a theme's blocks look: the choices `theme.yaml` makes under `blocks:`. The LaTeX
/// definitions of the blocks (`BlockMacros`) and the fit engine (`BlockParagraphs`) both follow
/// them, so a theme changes its looks without writing a macro the engine would have to guess.
public struct BlockLook: Sendable, Equatable {
    /// How the name, label and contact line sit at the top.
    public var header: HeaderAlignment
    /// How the label and the contact line are set.
    package var headerDetails: HeaderDetails
    /// The font of a section heading.
    public var heading: HeadingShape
    /// The colour of the rule under a heading.
    public var rule: RuleTint
    /// The colour of a highlight's bullet.
    package var bullet: BulletTint
    /// Whether the e-mail, phone, website and place in the header have a picture before them
    /// (`ContactIcon`).
    package var icons: Bool = false

    /// classic's look.
    public static let classic = BlockLook(header: .centered, headerDetails: .plain, heading: .smallCaps, rule: .accent, bullet: .text)

    public enum HeaderAlignment: String, Sendable, CaseIterable {
        case centered
        case flushLeft = "flush-left"
    }

    public enum HeaderDetails: String, Sendable, CaseIterable {
        /// An italic label; the contact line in the text colour.
        case plain
        /// Both upright, in the muted colour.
        case muted
    }

    public enum HeadingShape: String, Sendable, CaseIterable {
        /// Small capitals.
        case smallCaps = "small-caps"
        /// The heading's text as the template writes it (say `\bfseries` and capitals).
        case asWritten = "as-written"
    }

    public enum RuleTint: String, Sendable, CaseIterable {
        case accent
        /// The accent at 30 %, a light rule.
        case light
    }

    public enum BulletTint: String, Sendable, CaseIterable {
        case text
        case accent
    }
}
