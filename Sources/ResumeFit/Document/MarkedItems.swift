import ResumeModel
import ResumeRender
import ResumeThemes

/// Pairs each value the rendering marked (`MeasuredValue`) with the prose block whose argument holds
/// it: the report's items, found by position in the document, not by searching for their text.
///
/// Marks and blocks are both in document order, so one pass pairs them. A value shown outside a
/// prose block (in an entry's header, say) is no item; a value shown twice is the item where it
/// is first shown in a prose block.
enum MarkedItems {
    struct Match {
        var value: ProseValue
        /// The block's index among the document's blocks.
        var block: Int
        /// Which of the block's arguments holds the value, and where in it, as escaped.
        var argument: Int
        var range: Range<String.Index>
    }

    static func match(_ marks: [MeasuredValue], in blocks: [BlockCall]) -> [Match] {
        var matches: [Match] = []
        var seen: Set<ValuePath> = []
        var next = 0
        for mark in marks {
            while next < blocks.count, (blocks[next].argumentRanges.last?.upperBound ?? 0) < mark.range.upperBound { next += 1 }
            guard next < blocks.count, Block(command: blocks[next].name)?.isProse == true,
                let argument = blocks[next].argumentRanges.firstIndex(where: {
                    $0.lowerBound <= mark.range.lowerBound && mark.range.upperBound <= $0.upperBound
                }),
                seen.insert(mark.path).inserted
            else { continue }
            let text = blocks[next].arguments[argument]
            let start = text.utf8.index(text.utf8.startIndex, offsetBy: mark.range.lowerBound - blocks[next].argumentRanges[argument].lowerBound)
            let end = text.utf8.index(start, offsetBy: mark.range.count)
            matches.append(Match(value: ProseValue(mark.path, text: mark.text), block: next, argument: argument, range: start..<end))
        }
        return matches
    }
}
