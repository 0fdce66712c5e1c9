/// The pictures a theme may put before the header's contacts (`blocks.icons: true`): an envelope
/// before the e-mail address, a telephone before the number, a globe before the website. A
/// contact with no picture of its own keeps its text as it is (a profile its label, "GitHub:
/// ada"), and plain text, which has no pictures, shows every contact as text.
///
/// In LaTeX they are marvosym's (`texlive-fonts-recommended`), whose font metrics the fit engine
/// reads; in HTML, the same shapes drawn as inline SVG.
public enum ContactIcon: String, Sendable, CaseIterable {
    case email, phone, website

    /// The picture's code in marvosym's font (`umvs`): `\Letter`, `\Telefon`, `\Mundus`.
    package var code: UInt8 {
        switch self {
        case .email: 66
        case .phone: 84
        case .website: 109
        }
    }

    /// The shape for HTML: an SVG path in a 16-unit square, drawn in the current colour.
    package var svgPath: String {
        switch self {
        case .email: "M1 3h14v10H1z M1 3l7 6 7-6"
        case .phone: "M4 1h3l1 4-2 1a9 9 0 0 0 4 4l1-2 4 1v3a2 2 0 0 1-2 2A13 13 0 0 1 2 3a2 2 0 0 1 2-2z"
        case .website: "M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z M1 8h14 M8 1c-3 4-3 10 0 14 M8 1c3 4 3 10 0 14"
        }
    }
}
