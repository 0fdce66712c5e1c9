import Foundation

/// A line of progress on standard error that each update replaces, shown only when standard
/// error is a terminal that understands escapes, so that logs and pipes never see it.
struct StatusLine {
    private let enabled: Bool

    init(enabled: Bool = Terminal.understandsEscapes(STDERR_FILENO)) {
        self.enabled = enabled
    }

    /// Replaces the line with `message`.
    func show(_ message: String) {
        guard enabled else { return }
        StandardStreams.writeError("\r\u{1B}[K\(message)")
    }

    /// Removes the line, leaving the cursor where it was before the first `show`.
    func clear() {
        guard enabled else { return }
        StandardStreams.writeError("\r\u{1B}[K")
    }
}
