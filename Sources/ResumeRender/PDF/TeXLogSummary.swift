import Foundation

/// The first error of a TeX log in a few words: TeX's message, the line it stopped on and how far
/// it had read that line, instead of the hundreds of lines of the whole log.
public struct TeXLogSummary: Sendable, Equatable {
    /// TeX's message without its `! `, such as `Undefined control sequence \foo` (the name of an
    /// undefined command is added, since TeX shows it only in the context).
    public var message: String
    /// The `l.NN` line number: of the main file, unless the error was in a file it loads.
    public var line: Int?
    /// What TeX had read of that line when it stopped, as the `l.NN` line shows it.
    package var readUpTo: String?
    /// A file or font that is not installed, when that is the error.
    public var missing: MissingResource?

    /// Something the document asks for that the TeX installation does not have.
    public enum MissingResource: Sendable, Equatable {
        /// A file such as `lmodern.sty`, from ``! LaTeX Error: File `lmodern.sty' not found.``
        case file(String)
        /// A system font fontspec could not find, such as `Noto Serif CJK KR`.
        case font(String)
    }

    /// The summary of the log's first error, or nil when the log shows none.
    public init?(log: String) {
        let lines = log.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        guard let start = lines.firstIndex(where: { $0.hasPrefix("!") }) else { return nil }
        var message = String(lines[start].dropFirst()).trimmingCharacters(in: .whitespaces)
        var index = start + 1
        // A log written with TeX's default width wraps long lines at 79 characters.
        while index < lines.count, Self.isWrapped(lines[index - 1]) {
            message += lines[index]
            index += 1
        }
        for candidate in lines[index...].prefix(40) {
            if candidate.hasPrefix("Here is how much") { break }
            guard let (number, text) = Self.lineReference(candidate) else { continue }
            line = number
            readUpTo = text
            break
        }
        if message == "Undefined control sequence.", let name = readUpTo.flatMap(Self.lastControlSequence) {
            message = "Undefined control sequence \(name)"
        }
        self.message = message
        missing = Self.missingResource(in: message)
    }
}

private extension TeXLogSummary {
    static func isWrapped(_ line: String) -> Bool {
        line.utf8.count == 79 || line.count == 79
    }

    /// `l.5 Some text \foo` → (5, `Some text \foo`).
    static func lineReference(_ line: String) -> (Int, String)? {
        guard line.hasPrefix("l.") else { return nil }
        let rest = line.dropFirst(2)
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard let number = Int(digits) else { return nil }
        return (number, String(rest.dropFirst(digits.count).drop { $0 == " " }))
    }

    /// The control sequence TeX stopped after: `\foo` in `Some text \foo`.
    static func lastControlSequence(in text: String) -> String? {
        guard let backslash = text.lastIndex(of: "\\") else { return nil }
        let name = text[text.index(after: backslash)...]
        let letters = name.prefix { $0.isLetter || $0 == "@" }
        if !letters.isEmpty, letters.count == name.count { return "\\" + letters }
        return name.count == 1 ? "\\" + name : nil
    }

    static func missingResource(in message: String) -> MissingResource? {
        if let name = quoted(in: message, after: "File `", before: "' not found") { return .file(name) }
        if let name = quoted(in: message, after: "The font \"", before: "\" cannot be found") { return .font(name) }
        return nil
    }

    static func quoted(in message: String, after opening: String, before closing: String) -> String? {
        guard let start = message.range(of: opening),
              let end = message.range(of: closing, range: start.upperBound..<message.endIndex) else { return nil }
        return String(message[start.upperBound..<end.lowerBound])
    }
}
