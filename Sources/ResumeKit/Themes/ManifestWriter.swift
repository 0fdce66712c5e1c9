/// Writes a `ThemeManifest` back as `theme.yaml` lines, every key in the order the parser's
/// schema gives them, so that the text reads back to the same manifest.
enum ManifestWriter {
    /// Every key but `name` and `extends`, one a line, nested mappings indented.
    static func lines(_ manifest: ThemeManifest) -> [String] {
        let layout = manifest.layout
        let margins = layout.margins
        let paragraph = manifest.paragraph
        var lines = [
            "description: \(quoted(manifest.description))",
            "formats: [\(manifest.formats.map(\.rawValue).joined(separator: ", "))]",
            "dateStyle: \(manifest.dateStyle.rawValue)",
            "entryStyle: \(manifest.entryStyle.rawValue)",
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
        lines += ThemeColor.allCases.map { "  \($0.rawValue): \(quoted(manifest.colors[$0]!.digits))" }
        return lines
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                quoted += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
