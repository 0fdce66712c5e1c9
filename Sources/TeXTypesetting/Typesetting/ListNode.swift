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
    let font: LoadedFont
    let items: [TypesetItem]
    /// The run's natural width, height and depth; a discretionary counts as its unbroken text.
    let extent: Extent
    /// Whether the run holds a discretionary, a place the line may break.
    let hasDiscretionary: Bool

    init(font: LoadedFont, items: [TypesetItem]) {
        self.init(font: font, measured: MeasuredItems(items, in: font))
    }

    /// A run of items already measured in `font`.
    init(font: LoadedFont, measured: MeasuredItems) {
        self.font = font
        items = measured.items
        extent = measured.extent
        hasDiscretionary = measured.hasDiscretionary
    }
}

/// Typeset items with what a paragraph reads of them as a whole, worked out once: the fonts keep
/// the runs they set measured.
struct MeasuredItems {
    let items: [TypesetItem]
    let extent: Extent
    let hasDiscretionary: Bool

    init(_ items: [TypesetItem], in font: LoadedFont) {
        self.items = items
        extent = font.extent(of: items)
        hasDiscretionary = items.contains { if case .discretionary = $0 { true } else { false } }
    }
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
