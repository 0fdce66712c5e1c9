import ResumeModel
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
        let texts = shown.lazy.map(\.text)
        engine = TeXEngine(showing: shown)
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
