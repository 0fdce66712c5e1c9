/// Width, height and depth of typeset material, in sp.
struct Extent: Equatable {
    var width = 0
    var height = 0
    var depth = 0

    /// The extent of `other` set after this one on the same baseline.
    mutating func append(_ other: Extent) {
        width += other.width
        height = max(height, other.height)
        depth = max(depth, other.depth)
    }
}

/// Consecutive characters of one font as TeX's main loop set them, with their ligatures, kerns and
/// the empty discretionaries that follow hyphens in a paragraph.
struct GlyphRun {
    var font: LoadedFont
    var items: [TypesetItem]

    /// The run's natural width, height and depth; a discretionary counts as its unbroken text.
    var extent: Extent { font.extent(of: items) }
}

/// A discretionary given by the text (`\-`, `\discretionary`), its three texts already measured.
struct MeasuredDiscretionary {
    var preBreak: Extent?
    var postBreak: Extent?
    var noBreak: Extent
    var penalty: Int
}

/// One node of a horizontal list as TeX builds it from paragraph text.
enum ListNode {
    case glyphs(GlyphRun)
    case glue(Glue)
    /// An explicit kern: `\kern`, `\/`, the kerns of `\textellipsis`.
    case kern(Int)
    case penalty(Int)
    /// A `\special`-like node without size: colour stack pushes and pops, link starts and ends.
    case whatsit
    /// An hbox, or material measured without exact metrics.
    case box(Extent)
    case discretionary(MeasuredDiscretionary)

    /// The natural size the node adds to a box it is packed in.
    var extent: Extent {
        switch self {
        case .glyphs(let run): run.extent
        case .glue(let glue): Extent(width: glue.width)
        case .kern(let width): Extent(width: width)
        case .penalty, .whatsit: Extent()
        case .box(let extent): extent
        case .discretionary(let discretionary): discretionary.noBreak
        }
    }
}
