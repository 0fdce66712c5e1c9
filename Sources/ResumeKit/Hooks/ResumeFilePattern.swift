/// Which files in a repository are résumés, for the git hooks: the names a hook checks unless
/// told otherwise.
public enum ResumeFilePattern {
    /// An extended regular expression (POSIX `grep -E`, and Python's `re`), matched against a
    /// path from the repository's root without regard to case: YAML files whose name starts with
    /// `cv` or `resume`, in any folder — `cv.yaml`, `resumes/resume-ko.yml`, `CV_2025.yaml` —
    /// and not the lint configuration `.resume-lint.yaml`.
    public static let `default` = #"(^|/)(cv|resume)[^/]*\.ya?ml$"#

    /// The same pattern as the `files:` of a pre-commit hook, where case-insensitivity is written
    /// into the expression.
    package static let preCommitFiles = "(?i)" + `default`
}
