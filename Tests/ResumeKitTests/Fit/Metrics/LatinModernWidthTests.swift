import XCTest

@testable import ResumeKit

/// Compares widths and space glue computed from the TFM tables with what pdfLaTeX typesets.
final class LatinModernWidthTests: XCTestCase {
    /// A LaTeX font selection and the same selection in the metrics API.
    private struct Style {
        var family = LatinModern.Family.roman
        let series: LatinModern.Series
        let shape: LatinModern.Shape
        let size: String

        var latex: String {
            "\\fontsize{\(size)}{\(size)}\\usefont{T1}{\(family.rawValue)}{\(series.rawValue)}{\(shape.rawValue)}"
        }
        var font: ScaledFont? {
            LatinModern.scaledFont(family: family, series: series, shape: shape, size: MetricsTeXOracle.scaledPoints(size))
        }
    }

    /// Text as LaTeX source, and the same text as the Unicode a résumé holds.
    private static let samples: [(latex: String, text: String)] = [
        ("Hello", "Hello"), ("Typesetting", "Typesetting"), ("AVAWAY", "AVAWAY"), ("Tokyo.", "Tokyo."),
        ("y,", "y,"), ("To", "To"), ("LTWa", "LTWa"), ("P.F.", "P.F."), ("office", "office"),
        ("fluffy", "fluffy"), ("affluent", "affluent"), ("difficult", "difficult"), ("fjord", "fjord"),
        ("1--2", "1--2"), ("a---b", "a---b"), ("2019–2024", "2019–2024"), ("x—y", "x—y"),
        ("``quoted''", "``quoted''"), ("“quoted”", "“quoted”"), ("`single'", "`single'"),
        ("don't", "don't"), (",,low", ",,low"), ("<<guill>>", "<<guill>>"), ("«guill»", "«guill»"),
        ("Zürich", "Zürich"), ("Brändli", "Brändli"), ("Łódź", "Łódź"), ("Straße", "Straße"),
        ("Œuvre", "Œuvre"), ("ça", "ça"), ("Ærø", "Ærø"), ("José", "José"), ("Dvořák", "Dvořák"),
        ("\\$1.2M", "$1.2M"), ("40\\%", "40%"), ("C++", "C++"), ("C\\#", "C#"), ("R\\&D", "R&D"),
        ("snake\\_case", "snake_case"), ("a\\textless b\\textgreater c", "a<b>c"), ("\\{x\\}", "{x}"),
        ("a\\textbackslash b", "a\\b"), ("\\textasciitilde x", "~x"), ("a|b", "a|b"), ("(2024)", "(2024)"),
        ("Node.js", "Node.js"), ("e-mail", "e-mail"), ("U.S.A.", "U.S.A."), ("V.", "V."), ("f(x)", "f(x)"),
        ("WAVE", "WAVE"), ("Yoga", "Yoga"), ("Kotlin/Swift", "Kotlin/Swift"), ("0123456789", "0123456789"),
    ]

    private static let styles: [Style] = {
        var styles: [Style] = []
        for size in ["10", "10.95", "12"] {
            for (series, shape) in [(LatinModern.Series.regular, LatinModern.Shape.upright), (.bold, .upright), (.regular, .italic)] {
                styles.append(Style(series: series, shape: shape, size: size))
            }
        }
        styles += [
            Style(series: .regular, shape: .smallCaps, size: "10"), Style(series: .regular, shape: .slanted, size: "10.95"),
            Style(series: .bold, shape: .italic, size: "12"), Style(series: .boldNotExtended, shape: .upright, size: "10"),
            Style(series: .boldNotExtended, shape: .italic, size: "10"), Style(series: .bold, shape: .smallCaps, size: "10"),
        ]
        styles += ["5", "6", "7", "8", "9", "14.4", "17.28", "20.74", "24.88"].map {
            Style(series: .regular, shape: .upright, size: $0)
        }
        // Latin Modern Sans, with the substitutions of t1lmss.fd: it → sl, b → bx, sc → roman sc.
        for size in ["8", "9", "10", "10.95", "11", "12.5", "15.5", "24"] {
            styles.append(Style(family: .sans, series: .regular, shape: .upright, size: size))
        }
        for (series, shape, size) in [
            (LatinModern.Series.bold, LatinModern.Shape.upright, "10"), (.bold, .upright, "24"), (.regular, .italic, "9"),
            (.regular, .italic, "10.95"), (.regular, .slanted, "12"), (.bold, .italic, "10"), (.boldNotExtended, .upright, "10"),
            (.regular, .smallCaps, "12.5"), (.bold, .smallCaps, "12.5"), (.semiboldCondensed, .upright, "10"), (.semiboldCondensed, .italic, "10"),
        ] {
            styles.append(Style(family: .sans, series: series, shape: shape, size: size))
        }
        // TeX Gyre Heros (modern), one design at every size, with the substitutions of t1qhv.fd: bx → b, sl → it.
        for (series, shape, size) in [
            (LatinModern.Series.regular, LatinModern.Shape.upright, "8.5"), (.regular, .upright, "10"), (.regular, .upright, "26"),
            (.bold, .upright, "10"), (.bold, .upright, "10.5"), (.regular, .italic, "10"), (.regular, .slanted, "9"),
            (.bold, .italic, "10"), (.boldNotExtended, .upright, "12"), (.regular, .smallCaps, "10"),
        ] {
            styles.append(Style(family: .heros, series: series, shape: shape, size: size))
        }
        return styles
    }()

    func testWordWidthsMatchPdfLaTeX() throws {
        try MetricsTeXOracle.requirePdfLaTeX()
        var body = ""
        for (styleIndex, style) in Self.styles.enumerated() {
            body += "{\(style.latex)\n"
            for (sampleIndex, sample) in Self.samples.enumerated() {
                body += "\\setbox0\\hbox{\(sample.latex)}\\typeout{W:\(styleIndex):\(sampleIndex):\\number\\wd0}\n"
            }
            body += "}\n"
        }
        let lines = try MetricsTeXOracle.run(body, prefix: "W:")
        XCTAssertEqual(lines.count, Self.styles.count * Self.samples.count)
        var matched = 0
        for line in lines {
            let fields = line.split(separator: ":").compactMap { Int($0) }
            let style = Self.styles[fields[0]], sample = Self.samples[fields[1]]
            let font = try XCTUnwrap(style.font)
            let codes = try XCTUnwrap(T1Encoding.t1Codes(sample.text), sample.text)
            let width = font.typeset(codes).width
            XCTAssertEqual(width, fields[2], "\(sample.latex) in \(style.latex)")
            if width == fields[2] { matched += 1 }
        }
        print("LatinModernWidthTests: \(matched) of \(lines.count) widths equal pdfLaTeX's")
    }

    func testFontSelectionAndSpaceGlueMatchPdfLaTeX() throws {
        try MetricsTeXOracle.requirePdfLaTeX()
        var body = ""
        for (index, style) in Self.styles.enumerated() {
            body += "{\(style.latex)\\typeout{S:\(index):\\fontname\\font}"
            body += "\\typeout{G:\(index):\\number\\fontdimen2\\font:\\number\\fontdimen3\\font:"
            body += "\\number\\fontdimen4\\font:\\number\\fontdimen7\\font:\\number\\fontdimen5\\font:"
            body += "\\number\\fontdimen6\\font:\\number\\fontdimen1\\font}}\n"
        }
        let names = try MetricsTeXOracle.run(body, prefix: "S:")
        let glue = try MetricsTeXOracle.run(body, prefix: "G:")
        XCTAssertEqual(names.count, Self.styles.count)
        for line in names {
            let fields = line.split(separator: ":", maxSplits: 1)
            let style = Self.styles[Int(fields[0])!]
            let texName = fields[1].split(separator: " ").first.map(String.init)
            XCTAssertEqual(style.font?.metrics.name, texName, style.latex)
        }
        XCTAssertEqual(glue.count, Self.styles.count)
        for line in glue {
            let fields = line.split(separator: ":").map { Int($0)! }
            let font = try XCTUnwrap(Self.styles[fields[0]].font)
            let spacing = font.spacing
            XCTAssertEqual(
                [spacing.width, spacing.stretch, spacing.shrink, spacing.extraSpace, font.parameter(5), font.parameter(6), font.parameter(1)],
                Array(fields.dropFirst()), Self.styles[fields[0]].latex)
        }
    }

    func testTextCompanionSymbolsMatchPdfLaTeX() throws {
        try MetricsTeXOracle.requirePdfLaTeX()
        let symbols = ["×", "•", "€", "°", "©", "™", "→", "±", "½"]
        var body = ""
        for (familyIndex, family) in LatinModern.Family.allCases.enumerated() {
            for (index, symbol) in symbols.enumerated() {
                body += "{\\fontsize{10.95}{13}\\fontfamily{\(family.rawValue)}\\selectfont\\setbox0\\hbox{\(symbol)}"
                body += "\\typeout{T:\(familyIndex):\(index):\\number\\wd0}}\n"
            }
        }
        let lines = try MetricsTeXOracle.run(body, prefix: "T:")
        XCTAssertEqual(lines.count, symbols.count * LatinModern.Family.allCases.count)
        for line in lines {
            let fields = line.split(separator: ":").map { Int($0)! }
            let family = LatinModern.Family.allCases[fields[0]]
            let font = try XCTUnwrap(
                LatinModern.scaledFont(family: family, series: .regular, shape: .upright, size: 717619, encoding: .ts1))
            let symbol = symbols[fields[1]]
            let encoded = try XCTUnwrap(T1Encoding.encode(Character(symbol)))
            XCTAssertEqual(encoded.encoding, .ts1, symbol)
            XCTAssertEqual(font.typeset([encoded.code]).width, fields[2], "\(symbol) in \(family)")
        }
    }

    func testSpaceAfterSentenceEndGetsTheExtraSpace() throws {
        try MetricsTeXOracle.requirePdfLaTeX()
        // Space factors LaTeX gives (\nonfrenchspacing): . 3000, : 2000, ; 1500, , 1250, after A. 999.
        let cases: [(word: String, spaceFactor: Int)] = [("x.", 3000), ("x:", 2000), ("x;", 1500), ("x,", 1250), ("A.", 999), ("x", 1000)]
        var body = ""
        for (index, sample) in cases.enumerated() {
            body += "{\\fontsize{10.95}{13}\\selectfont\\setbox0\\hbox{\(sample.word) x}\\typeout{F:\(index):\\number\\wd0}}\n"
        }
        let lines = try MetricsTeXOracle.run(body, prefix: "F:")
        XCTAssertEqual(lines.count, cases.count)
        let font = try XCTUnwrap(LatinModern.scaledFont(series: .regular, shape: .upright, size: 717619))
        for line in lines {
            let fields = line.split(separator: ":").map { Int($0)! }
            let sample = cases[fields[0]]
            let expected = font.typeset(Array(sample.word.utf8)).width + font.spacing.glue(spaceFactor: sample.spaceFactor).width
                + font.typeset([UInt8(ascii: "x")]).width
            XCTAssertEqual(expected, fields[1], sample.word)
        }
    }
}
