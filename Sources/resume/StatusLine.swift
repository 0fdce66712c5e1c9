import Foundation

/// A line of progress on standard error that each update replaces, shown only when standard
/// error is a terminal so that logs and pipes never see it.
struct StatusLine {
    private let enabled: Bool

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
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
