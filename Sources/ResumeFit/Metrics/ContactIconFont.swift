import ResumeThemes

extension ContactIcon {
    /// The font the LaTeX icons are set in (marvosym's `umvs`), decoded once.
    static let font = encodedFont.decoded()
}
