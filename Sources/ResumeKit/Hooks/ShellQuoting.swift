/// Text made safe for a POSIX shell script.
enum ShellQuoting {
    /// `text` in single quotes, so the shell reads it literally: `it's` becomes `'it'\''s'`.
    static func singleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }
}
