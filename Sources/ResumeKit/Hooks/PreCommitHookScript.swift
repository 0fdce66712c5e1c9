/// The git `pre-commit` hook that `resume hook install` writes: a POSIX shell script that checks
/// the staged version of every résumé in a commit with `resume lint`, and stops the commit when
/// lint finds an error or cannot load a file.
///
/// The staged résumés, with the staged `.resume-lint.yaml` files, are copied out of the index at
/// their repository paths, so lint sees exactly what is being committed, even when the working
/// tree has further changes; lint runs from the repository's root, as it does under the
/// pre-commit framework, so a theme named by path is found, and its findings name the files by
/// their paths in the repository.
public struct PreCommitHookScript: Sendable, Equatable {
    /// The line that marks a hook as this tool's, so that uninstalling never removes another.
    public static let marker = "# Written by `resume hook install`; `resume hook uninstall` removes it."

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

    /// The script's text.
    public var text: String {
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

        resumes=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMR | grep -E -i -e "$pattern")
        [ -n "$resumes" ] || exit 0

        # The staged résumés and lint configurations, copied out of the index at their paths.
        staged=$(mktemp -d "${TMPDIR:-/tmp}/resume-hook.XXXXXX") || exit 1
        trap 'rm -rf "$staged"' EXIT
        trap 'exit 1' HUP INT TERM
        {
            printf '%s\n' "$resumes"
            git -c core.quotePath=false ls-files -- ':(glob)**/\#(LintConfiguration.fileName)'
        } | git checkout-index --stdin --prefix="$staged/" || exit 1

        set --
        while IFS= read -r file; do
            set -- "$@" "$staged/$file"
        done <<EOF
        $resumes
        EOF

        # Run from the repository's root; findings name the files by their paths in it.
        "$resume" lint "$@" >"$staged/.lint-output" 2>&1
        status=$?
        copies=$(printf '%s/\n' "$staged" | sed 's/[][\\.*^$#]/\\&/g')
        sed "s#$copies##g" "$staged/.lint-output" >&2

        if [ "$status" -ne 0 ]; then
            echo "resume pre-commit hook: the commit is stopped; fix the errors above, or commit with --no-verify" >&2
            exit 1
        fi

        """#
    }
}
