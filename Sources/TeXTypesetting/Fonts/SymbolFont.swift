/// The symbols résumés use that the text fonts lack — `≥ ≤ ≈ ✓` and other mathematical signs,
/// arrows and marks — set in Latin Modern Math, which is drawn from the same Computer Modern as
/// Latin Modern and CMU and has them. A character is one of these when it is a symbol (Unicode's
/// categories Sm and So), not wide (xeCJK sets those), missing from one of the text fonts of the
/// built-in themes (Latin Modern Roman and Sans, TeX Gyre Heros, CMU Serif and Sans), and in
/// Latin Modern Math.
/// So it is set in the same face whatever font the rest of the document is in.
///
/// Pdflatex's T1 and TS1 fonts have none of them, so a document with one is a XeLaTeX document,
/// and escaping writes each as `{\fontspec{latinmodern-math.otf}≥}`: a group in the math font's
/// one (regular) face at the current size, which fontspec finds by its file name as XeTeX does.
package enum SymbolFont {
    /// The font's file, which `\fontspec` loads.
    package static let file = "latinmodern-math.otf"

    /// `Latin Modern Math`
    package static let name = "Latin Modern Math"

    /// Whether the character is one of the symbols set in Latin Modern Math.
    package static func sets(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x2000, !scalar.isWide else { return false }
        switch scalar.properties.generalCategory {
        case .mathSymbol, .otherSymbol: break
        default: return false
        }
        let inEveryTextFont = FontCoverage.latinModernRoman.contains(scalar) && FontCoverage.latinModernSans.contains(scalar)
            && FontCoverage.texGyreHeros.contains(scalar)
            && FontCoverage.cmuSerif.contains(scalar) && FontCoverage.cmuSans.contains(scalar)
        return !inEveryTextFont && FontCoverage.latinModernMath.contains(scalar)
    }
}
