/// marvosym's font (`umvs`, Debian `texlive-fonts-recommended`): pictures such as `\Letter`,
/// `\Telefon` and `\Mundus`, which a document sets by character code (`\char66`).
package enum Marvosym {
    /// The font's metrics, decoded once.
    static let font = encodedFont.decoded()
}
