import Yams
import ResumeModel

/// How libyaml's marks become the file's lines and columns: through a ``YAMLLineMap`` for YAML,
/// through the prepared text's shifts for JSON.
enum SourcePositions {
    case yaml(YAMLLineMap)
    case json(JSONSource)

    func location(of mark: Mark?, in file: String) -> SourceLocation {
        switch self {
        case .yaml(let lines): lines.location(of: mark, in: file)
        case .json(let source): source.location(line: mark?.line ?? 1, column: mark?.column ?? 1)
        }
    }
}

/// libyaml counts U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR as line breaks, as YAML 1.1
/// says; a file's lines — the ones an editor shows and diagnostics print — break at LF alone.
/// This turns libyaml's marks into the file's lines and columns, so one such character in a
/// quoted value does not move every later diagnostic a line down.
package struct YAMLLineMap {
    /// Where each of libyaml's lines starts in the file; empty when the two agree, as for almost
    /// every file.
    private let starts: [(line: Int, column: Int)]

    package init(_ text: String) {
        // The extra breaks are E2 80 A8 (U+2028), E2 80 A9 (U+2029) and C2 85 (U+0085) in UTF-8:
        // a file without those bytes, as almost every one, needs no look at its characters.
        let mayHaveExtraBreak = text.utf8.withContiguousStorageIfAvailable(Self.mayHaveExtraBreak) ?? true
        guard mayHaveExtraBreak, text.unicodeScalars.contains(where: Self.isExtraBreak) else {
            starts = []
            return
        }
        var starts = [(line: 1, column: 1)]
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            column += 1
            if scalar == "\n" {
                line += 1
                column = 1
                starts.append((line, 1))
            } else if Self.isExtraBreak(scalar) {
                starts.append((line, column))
            }
        }
        self.starts = starts
    }

    /// The file's place for libyaml's `line` and `column` (both 1-based).
    func location(line: Int, column: Int) -> (line: Int, column: Int) {
        guard line >= 1, line <= starts.count else { return (line, column) }
        let start = starts[line - 1]
        return (start.line, start.column + column - 1)
    }

    package func location(of mark: Mark?, in file: String) -> SourceLocation {
        let place = location(line: mark?.line ?? 1, column: mark?.column ?? 1)
        return SourceLocation(file: file, line: place.line, column: place.column)
    }

    /// Whether `bytes` hold the UTF-8 of U+2028, U+2029 or U+0085.
    private static func mayHaveExtraBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            switch (bytes[index], bytes[index + 1]) {
            case (0xC2, 0x85): return true
            case (0xE2, 0x80) where index + 2 < bytes.count && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): return true
            default: index += 1
            }
        }
        return false
    }

    private static func isExtraBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2028}" || scalar == "\u{2029}" || scalar == "\u{85}"
    }
}
