/// Escapes values for HTML text and attribute values alike.
package enum HTMLEscaping {
    package static func text(_ value: String) -> String {
        var output = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                if ValueMarker.isMarker(scalar) { continue }
                if scalar.isLineOrControl {
                    if !output.hasSuffix(" ") { output += " " }
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }
}
