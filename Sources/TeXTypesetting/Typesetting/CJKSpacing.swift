
/// The nodes xeCJK makes of the characters it sets in Noto CJK, and the glue and line-breaking
/// rules between them, as a horizontal list builder meets them one character at a time.
///
/// Each character is its advance in the face in use (``NotoCJK``). Between two CJK characters
/// stands `\CJKglue`, except where xeCJK forbids a break: after opening punctuation nothing,
/// before closing punctuation a penalty of 10000. A punctuation mark carries its blank side as
/// shrinkable glue, and two marks in a row share one glue of xeCJK's punctuation kerning
/// (``XeCJKPunctuation``). An opening mark that starts the list — nothing before it, only boxes
/// of no width (`\llap`) or the paragraph's indentation, or infinite glue (`\hfil`) — loses its
/// blank, as xeCJK's boundary rules drop it there.
struct CJKSpacing {
    /// The font a CJK character is set in, and what its glue depends on.
    struct Setting {
        var region: CJKRegion
        var face: NotoCJK.Face
        var weight: XeCJKPunctuation.Weight
        /// The size, in sp.
        var size: Int
        /// The `\baselineskip` in force, which `\CJKglue` stretches by a part of.
        var baselineSkip: Int
        /// `\parindent`: an indentation box this wide starts a paragraph.
        var parIndent: Int
    }

    /// The last node's character when it is a wide character xeCJK sets in Noto CJK, for the
    /// glue and break rules between it and the next.
    private(set) var previous: Unicode.Scalar?
    /// The last node's punctuation mark, when measured: the next mark kerns against it.
    private var previousMark: (bearings: XeCJKPunctuation.Bearings, closing: Bool)?

    /// Forgets the character before: something other than a CJK character came after it.
    mutating func reset() {
        previous = nil
        previousMark = nil
    }

    /// Appends the nodes of a CJK character to `nodes`; false when the character is set
    /// approximately (a punctuation mark whose side bearings were not measured).
    @discardableResult
    mutating func append(_ scalar: Unicode.Scalar, in setting: Setting, to nodes: inout [ListNode]) -> Bool {
        let isOpening = NotoCJK.openingPunctuation.contains(scalar)
        let isClosing = NotoCJK.closingPunctuation.contains(scalar)
        let bearings =
            isOpening || isClosing
            ? XeCJKPunctuation.bearings(
                of: scalar, region: setting.region, face: setting.face, weight: setting.weight, size: setting.size)
            : nil
        let glyph = ListNode.box(NotoCJK.extent(of: scalar, face: setting.face, size: setting.size))
        defer {
            previous = scalar
            previousMark = bearings.map { ($0, isClosing) }
        }
        if let bearings, let mark = previousMark {
            // Two marks in a row: the first one's blank side, if it had one after it, and this
            // one's give way to xeCJK's kerning between them.
            if mark.closing { nodes.removeLast(2) }
            nodes.append(.penalty(10000))
            nodes.append(
                .glue(XeCJKPunctuation.kern(between: mark.bearings, closing: mark.closing, and: bearings, closing: isClosing)))
            nodes.append(glyph)
            if isClosing { appendBlank(of: bearings, closing: true, to: &nodes) }
            return true
        }
        if let previous, !NotoCJK.openingPunctuation.contains(previous) {
            if isClosing {
                nodes.append(.penalty(10000))
            } else {
                nodes.append(.glue(Glue(width: 0, stretch: NotoCJK.glueStretch(baselineSkip: setting.baselineSkip))))
            }
        }
        if isOpening, let bearings {
            if previous == nil, let start = Self.listStart(nodes, parIndent: setting.parIndent) {
                if start == .empty { nodes.append(.glue(.zero)) }
                nodes.append(.box(Extent(width: XeCJKPunctuation.blank(of: bearings, closing: false).rule)))
            } else {
                appendBlank(of: bearings, closing: false, to: &nodes)
            }
        }
        nodes.append(glyph)
        if isClosing, let bearings { appendBlank(of: bearings, closing: true, to: &nodes) }
        // A mark whose side bearings were not measured is set at its full advance, without glue.
        return !(isOpening || isClosing) || bearings != nil
    }

    /// Whether xeCJK drops the space before `next`: one after closing CJK punctuation, between a
    /// CJK character and opening punctuation, and in Chinese and Japanese between two CJK characters.
    func dropsSpace(before next: LaTeXToken?, region: CJKRegion) -> Bool {
        guard let previous else { return false }
        if NotoCJK.closingPunctuation.contains(previous) { return true }
        guard case .character(let scalar)? = next else { return false }
        return NotoCJK.openingPunctuation.contains(scalar) || (!region.separatesWords && scalar.isWide)
    }

    /// How an opening mark that follows no CJK character starts the list, when xeCJK drops its
    /// blank there: nothing before it or infinite glue (`\hfil`), where xeCJK puts zero glue, or
    /// only boxes — together no wider than nothing, or the paragraph's indentation with the
    /// first of no height — which it leaves as they are. Nil where the blank stays.
    enum ListStart { case empty, boxes }

    static func listStart(_ nodes: [ListNode], parIndent: Int) -> ListStart? {
        guard let last = nodes.last else { return .empty }
        if case .glue(let glue) = last {
            return glue.stretchOrder > 0 ? .empty : nil
        }
        var width = 0
        for node in nodes {
            guard case .box(let extent) = node else { return nil }
            width += extent.width
        }
        guard case .box(let first)? = nodes.first else { return nil }
        return width == 0 || (width == parIndent && first.height == 0) ? .boxes : nil
    }

    private func appendBlank(of bearings: XeCJKPunctuation.Bearings, closing: Bool, to nodes: inout [ListNode]) {
        let blank = XeCJKPunctuation.blank(of: bearings, closing: closing)
        if closing {
            nodes.append(.box(Extent(width: blank.rule)))
            nodes.append(.glue(blank.glue))
        } else {
            nodes.append(.glue(blank.glue))
            nodes.append(.box(Extent(width: blank.rule)))
        }
    }
}
