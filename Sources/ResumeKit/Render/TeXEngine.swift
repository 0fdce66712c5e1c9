/// The TeX engine a LaTeX document is written for.
public enum TeXEngine: String, Sendable {
    /// Latin text through T1 fonts; what most TeX installations have.
    case pdflatex
    /// Unicode fonts through fontspec and xeCJK, for Hangul, CJK and Kana.
    case xelatex
}

extension Resume {
    /// xelatex when any shown text has Hangul, CJK or Kana, or another character pdflatex's
    /// T1 fonts cannot set; pdflatex otherwise.
    public var requiredTeXEngine: TeXEngine {
        let needsUnicode = shownText.contains { text in
            text.unicodeScalars.contains { !$0.isSetByPDFLaTeX }
        }
        return needsUnicode ? .xelatex : .pdflatex
    }

    /// Every string that can appear in the output: the sections and basics, and the section titles.
    var shownText: [String] {
        var strings = placedSections.map(\.title)
        for child in Mirror(reflecting: self).children where child.label != "meta" && child.label != "sourceMap" {
            Self.collectStrings(in: child.value, into: &strings)
        }
        return strings
    }

    private static func collectStrings(in value: Any, into strings: inout [String]) {
        if let string = value as? String {
            strings.append(string)
            return
        }
        for child in Mirror(reflecting: value).children {
            collectStrings(in: child.value, into: &strings)
        }
    }
}

extension Unicode.Scalar {
    /// Whether pdflatex with T1 and TS1 fonts and UTF-8 input can set this character; control
    /// characters count as settable because escaping turns them into spaces.
    var isSetByPDFLaTeX: Bool {
        switch value {
        case 0x00...0x7F, 0xA0...0x17F, 0x218...0x21B: true
        case 0x2013, 0x2014, 0x2018...0x201A, 0x201C...0x201E, 0x2020...0x2022, 0x2026, 0x2030,
            0x2039, 0x203A, 0x20AC, 0x2122, 0x2212:
            true
        default: isLineOrControl || ValueMarker.isMarker(self)
        }
    }
}
