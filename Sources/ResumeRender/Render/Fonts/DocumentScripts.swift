import ResumeModel
import ResumeSupport
import TeXTypesetting

/// What a résumé's shown text asks of its LaTeX document, read from the text once: the TeX
/// engine, the regional face of Noto CJK, and whether Cyrillic or Greek set the document in
/// Computer Modern Unicode. The renderer and the font check both start from it.
struct DocumentScripts: Sendable {
    let engine: TeXEngine
    let cjkRegion: CJKRegion
    /// Only ever true for a XeLaTeX document.
    let setsCyrillicAndGreekInCMU: Bool

    init(_ resume: Resume, shown: [ShownText]) {
        // ASCII asks for nothing (pdflatex sets it, and it has no CJK, Cyrillic or Greek), so
        // only the texts beyond it, few in most résumés, are read character by character.
        let texts = shown.map(\.text).filter { !$0.isAllASCII }
        engine = TeXEngine(showing: texts)
        cjkRegion = CJKRegion(locale: resume.meta.locale, text: texts)
        setsCyrillicAndGreekInCMU = engine == .xelatex && CyrillicAndGreek.isSwitched(in: texts)
    }

    init(_ resume: Resume) {
        self.init(resume, shown: resume.shownText)
    }
}

extension Resume {
    /// The Noto CJK face this résumé's CJK text is set in.
    package var cjkRegion: CJKRegion {
        DocumentScripts(self).cjkRegion
    }

    /// Whether this résumé's XeLaTeX document sets its Cyrillic and Greek in CMU.
    package var setsCyrillicAndGreekInCMU: Bool {
        DocumentScripts(self).setsCyrillicAndGreekInCMU
    }
}
