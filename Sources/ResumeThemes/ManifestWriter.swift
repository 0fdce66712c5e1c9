import ResumeLoading
import ResumeModel

/// Writes a `ThemeManifest` back as `theme.yaml` lines, every key in the order the parser's
/// schema gives them, so that the text reads back to the same manifest.
enum ManifestWriter {
    /// Every key but `name` and `extends`, one a line, nested mappings indented.
    static func lines(_ manifest: ThemeManifest) -> [String] {
        let layout = manifest.layout
        let margins = layout.margins
        let paragraph = manifest.paragraph
        var lines = [
            "description: \(YAMLScalar.doubleQuoted(manifest.description))",
            "formats: [\(manifest.formats.map(\.rawValue).joined(separator: ", "))]",
            "dateStyle: \(manifest.dateStyle.rawValue)",
            "entryStyle: \(manifest.entryStyle.rawValue)",
        ]
        if let maxAuthors = manifest.maxAuthors { lines.append("maxAuthors: \(maxAuthors)") }
        let blocks = manifest.blocks
        lines += [
            "",
            "blocks:",
            "  header: \(blocks.header.rawValue)",
            "  headerDetails: \(blocks.headerDetails.rawValue)",
            "  heading: \(blocks.heading.rawValue)",
            "  rule: \(blocks.rule.rawValue)",
            "  bullet: \(blocks.bullet.rawValue)",
            "  icons: \(blocks.icons)",
        ]
        lines += [
            "",
            "layout:",
            "  paper: \(layout.paper.rawValue)",
            "  margins: {top: \(margins.top), bottom: \(margins.bottom), left: \(margins.left), right: \(margins.right)}",
        ]
        lines += LayoutLength.allCases.map { "  \($0.rawValue): \(layout[$0])" }
        lines += [
            "",
            "paragraph:",
            "  font: \(paragraph.font.rawValue)",
            "  pretolerance: \(paragraph.pretolerance)",
            "  tolerance: \(paragraph.tolerance)",
            "  emergencyStretch: \(paragraph.emergencyStretch)",
            "  alignment: \(paragraph.alignment.rawValue)",
            "  frenchSpacing: \(paragraph.frenchSpacing)",
            "",
            "colors:",
        ]
        lines += ThemeColor.allCases.map { "  \($0.rawValue): \(YAMLScalar.doubleQuoted(manifest.colors[$0]!.digits))" }
        let ranges = FitKnob.allCases.compactMap { knob in manifest.fit[knob].map { (knob, $0) } }
        if !ranges.isEmpty {
            lines += ["", "fit:"]
            lines += ranges.map { knob, range in "  \(knob.rawValue): {from: \(range.from), to: \(range.to), step: \(range.step)}" }
        }
        return lines
    }
}
