/// The git `pre-commit` hook that `resume hook install` writes: a POSIX shell script that finds
/// the `resume` to run and hands the commit to `resume hook run`, which checks the staged
/// version of every résumé (see ``StagedResumes``) and stops the commit when lint finds an error
/// or cannot load a file.
///
/// The script carries a checksum of itself, so that a hook someone edited after it was written
/// is recognised as theirs and never silently replaced.
public struct PreCommitHookScript: Sendable, Equatable {
    /// The line that marks a hook as this tool's, so that uninstalling never removes another.
    package static let marker = "# Written by `resume hook install`; `resume hook uninstall` removes it."

    /// The `resume` the hook runs: the one that installed it, by absolute path. When that file is
    /// gone (an upgrade moved it), the hook runs `resume` from `PATH` instead.
    public var resumeExecutable: String
    /// Staged paths that match this extended regular expression, without regard to case, are
    /// checked.
    public var pattern: String

    public init(resumeExecutable: String, pattern: String = ResumeFilePattern.default) {
        self.resumeExecutable = resumeExecutable
        self.pattern = pattern
    }

    /// Whether a hook file's text is one this tool wrote.
    public static func isWrittenByResume(_ text: String) -> Bool {
        text.contains(marker)
    }

    /// Whether a hook this tool wrote was changed since: its checksum line no longer matches the
    /// rest. A hook from a version that wrote no checksum counts as unchanged.
    package static func isEdited(_ text: String) -> Bool {
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix(checksumPrefix) }) else { return false }
        let recorded = lines.remove(at: index).dropFirst(checksumPrefix.count)
        return recorded != checksum(lines.joined(separator: "\n"))
    }

    /// The script's text, with its checksum on the line after the marker.
    public var text: String {
        var lines = body.components(separatedBy: "\n")
        lines.insert(Self.checksumPrefix + Self.checksum(body), at: 2)
        return lines.joined(separator: "\n")
    }

    private static let checksumPrefix = "# resume-hook-checksum: "

    /// FNV-1a over the UTF-8 bytes, as 16 hexadecimal digits: enough to notice an edit.
    private static func checksum(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The script without its checksum line.
    private var body: String {
        #"""
        #!/bin/sh
        \#(Self.marker)
        # Checks the staged version of every résumé in the commit with `resume lint` and stops the
        # commit when lint finds an error or cannot load a file. Skip it once with `git commit --no-verify`.

        # Staged files whose path matches this extended regular expression (ignoring case) are résumés.
        pattern=\#(ShellQuoting.singleQuoted(pattern))
        # The resume that installed this hook; when it is gone, the one on PATH.
        installed=\#(ShellQuoting.singleQuoted(resumeExecutable))

        if [ -x "$installed" ]; then
            resume=$installed
        elif command -v resume >/dev/null 2>&1; then
            resume=resume
        else
            echo "resume pre-commit hook: $installed is gone and there is no resume on PATH; install resume, or remove the hook with 'resume hook uninstall'" >&2
            exit 1
        fi

        exec "$resume" hook run --files "$pattern"

        """#
    }
}
