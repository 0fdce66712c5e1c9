/// How a text file was written, beyond its text: a UTF-8 byte-order mark before it, and CRLF
/// (Windows) line endings. Reading drops both (with a warning); a command that writes the file
/// back puts them back, so an edit changes only the lines it means to.
public struct TextConventions: Sendable, Equatable {
    public var hasByteOrderMark = false
    /// Whether lines end in CR LF: the file's first line ending is CR LF.
    public var endsLinesWithCRLF = false

    public init(hasByteOrderMark: Bool = false, endsLinesWithCRLF: Bool = false) {
        self.hasByteOrderMark = hasByteOrderMark
        self.endsLinesWithCRLF = endsLinesWithCRLF
    }

    /// `text` (LF line endings, no byte-order mark, as read) written the file's way.
    public func restoring(_ text: String) -> String {
        let lines = endsLinesWithCRLF ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
        return hasByteOrderMark ? "\u{FEFF}" + lines : lines
    }
}
