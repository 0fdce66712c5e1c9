import ResumeModel

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
    package var requiredTeXEngine: TeXEngine {
        TeXEngine(showing: shownText.lazy.map(\.text))
    }
}

extension TeXEngine {
    /// The engine for a document that shows these texts.
    init(showing texts: some Sequence<String>) {
        let needsUnicode = texts.contains { text in
            text.unicodeScalars.contains { !$0.isSetByPDFLaTeX }
        }
        self = needsUnicode ? .xelatex : .pdflatex
    }
}

extension Unicode.Scalar {
    /// Whether pdflatex with T1 and TS1 fonts and UTF-8 input can set this character; characters
    /// escaping writes as something else (control characters as spaces) count as settable. The
    /// letters of Latin Extended-A that LaTeX's UTF-8 input has no T1 or TS1 definition for
    /// (Ħ ħ ĸ Ŀ ŀ ŉ Ŧ ŧ ſ, which stop pdflatex with "Unicode character … not set up for use with
    /// LaTeX") are left out, and so is `−` U+2212 for the same reason.
    var isSetByPDFLaTeX: Bool {
        switch value {
        case 0x00...0x7F, 0xA0...0x125, 0x128...0x137, 0x139...0x13E, 0x141...0x148, 0x14A...0x165,
            0x168...0x17E, 0x218...0x21B:
            true
        case 0x2013, 0x2014, 0x2018...0x201A, 0x201C...0x201E, 0x2020...0x2022, 0x2026, 0x2030,
            0x2039, 0x203A, 0x20AC, 0x2122:
            true
        default: !isSetFromFont
        }
    }
}
