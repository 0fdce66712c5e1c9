import Foundation
import ResumeModel

/// The checks made on a file's bytes before YAML sees them: size, encoding, byte-order mark, line
/// endings and control characters, each reported with its line and column.
struct SourceText {
    /// The decoded text with LF line endings and no byte-order mark.
    let text: String
    let diagnostics: [Diagnostic]
    /// The byte-order mark and line endings the file had.
    private(set) var conventions = TextConventions()

    /// Decodes `data`; `text` is empty when the bytes cannot be read as UTF-8. `kind` names the
    /// file in messages about control characters: `a YAML file`, `a BibTeX file`.
    init(data: Data, file: String, kind: String = "a YAML file") {
        guard data.count <= InputFile.sizeLimit else {
            self.init(text: "", diagnostics: [InputFile.tooLarge(byteCount: data.count, file: file)])
            return
        }
        var bytes = [UInt8](data)
        var diagnostics: [Diagnostic] = []
        let start = SourceLocation(file: file, line: 1, column: 1)

        if let encoding = Self.wideEncoding(bytes) {
            diagnostics.append(Diagnostic(.error, at: start, "file is encoded as \(encoding); save it as UTF-8"))
            self.init(text: "", diagnostics: diagnostics)
            return
        }
        let hasByteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hasByteOrderMark {
            bytes.removeFirst(3)
            diagnostics.append(Diagnostic(.warning, at: start, "file starts with a UTF-8 byte-order mark; it was ignored"))
        }

        if let text = Self.plainText(bytes) {
            self.init(text: text, diagnostics: diagnostics)
            conventions.hasByteOrderMark = hasByteOrderMark
            return
        }
        let decoding = Self.decode(bytes, file: file, kind: kind)
        diagnostics += decoding.diagnostics
        guard !decoding.diagnostics.containsErrors else {
            self.init(text: "", diagnostics: diagnostics)
            return
        }
        self.init(text: decoding.text, diagnostics: diagnostics)
        conventions = TextConventions(hasByteOrderMark: hasByteOrderMark, endsLinesWithCRLF: Self.firstLineEndsWithCRLF(bytes))
    }

    /// Whether the first line break in `bytes` is CR LF.
    private static func firstLineEndsWithCRLF(_ bytes: [UInt8]) -> Bool {
        guard let end = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return false }
        return bytes[end] == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A
    }

    private init(text: String, diagnostics: [Diagnostic]) {
        self.text = text
        self.diagnostics = diagnostics
    }

    /// `UTF-32` or `UTF-16` when the bytes start with that encoding's byte-order mark (UTF-32's
    /// little-endian mark begins with UTF-16's, so it is looked for first).
    private static func wideEncoding(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        return nil
    }

    /// The most invalid bytes and control characters listed one by one; a binary file has millions,
    /// and past these they are counted in one last error.
    static let listedProblemLimit = 20

    /// The text when the bytes need nothing done to them, as almost every file: valid UTF-8 with
    /// LF line endings and no control character but tab. Nil sends the file the careful way.
    private static func plainText(_ bytes: [UInt8]) -> String? {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case 0x09, 0x0A, 0x20...0x7E:
                break
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                return nil  // a C1 control character (or NEL)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                return nil  // U+FFFE or U+FFFF
            case 0x80...0xFF:
                break
            default:
                return nil  // CR, DEL and the other C0 controls
            }
            index += 1
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// Walks the bytes once, decoding UTF-8 and noting invalid bytes, control characters and CRLF.
    private static func decode(_ bytes: [UInt8], file: String, kind: String) -> (text: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var scalars = String.UnicodeScalarView()
        var line = 1
        var column = 1
        var sawCRLF = false
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var pendingCR: SourceLocation?

        func here() -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        var listed = 0
        var unlisted: (count: Int, first: SourceLocation?) = (0, nil)
        func problem(_ message: @autoclosure () -> String) {
            guard listed >= listedProblemLimit else {
                listed += 1
                diagnostics.append(Diagnostic(.error, at: here(), message()))
                return
            }
            unlisted = (unlisted.count + 1, unlisted.first ?? here())
        }

        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                offset += encoded.count
                if let crLocation = pendingCR {
                    pendingCR = nil
                    if scalar == "\n" {
                        if !sawCRLF {
                            sawCRLF = true
                            diagnostics.append(Diagnostic(.warning, at: crLocation, "file uses CRLF (Windows) line endings; they were read as LF"))
                        }
                    } else {
                        scalars.append("\n")  // A lone carriage return ends a line, as YAML says.
                        line += 1
                        column = 1
                    }
                }
                switch scalar {
                case "\r":
                    pendingCR = here()
                    continue
                case "\n":
                    scalars.append(scalar)
                    line += 1
                    column = 1
                    continue
                case "\t":
                    break
                default:
                    if isForbiddenControl(scalar) {
                        problem("control character \(scalar.codePoint) is not allowed in \(kind)")
                    }
                }
                scalars.append(scalar)
                column += 1
            case .error(let length):
                let badBytes = bytes[offset..<min(offset + length, bytes.count)]
                problem("invalid UTF-8 (bytes \(Self.hex(badBytes))); save the file as UTF-8")
                offset += length
                scalars.append("\u{FFFD}")
                column += 1
            case .emptyInput:
                if pendingCR != nil { scalars.append("\n") }
                if let first = unlisted.first {
                    let message = "\(unlisted.count) more invalid bytes and control characters from here on; is this a text file?"
                    diagnostics.append(Diagnostic(.error, at: first, message))
                }
                return (String(scalars), diagnostics)
            }
        }
    }

    /// `0xC3 0x28`
    private static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.map { String(format: "0x%02X", $0) }.joined(separator: " ")
    }

    /// YAML allows tab, line feed, carriage return and printable characters; everything else in
    /// the C0 and C1 ranges, and DEL, is a sign of a binary or corrupted file.
    private static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F: true
        case 0x80...0x9F: scalar.value != 0x85
        case 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
