import Foundation
import ResumeLint
import ResumeSupport

/// The résumés of a commit as they are staged, copied out of git's index into a folder at their
/// paths in the repository, with the repository's staged `.resume-lint.yaml` files — so that
/// lint sees exactly what is being committed, whatever the working tree holds.
///
/// Paths travel NUL-separated, so any file name works (a newline, a quote); only regular files
/// are résumés, never a symbolic link (which could point anywhere, `/etc/passwd`) or a
/// submodule; and the configuration search of the copies ends at the folder's top, where the
/// repository's own root configuration, or an empty one, is placed.
public struct StagedResumes {
    /// Staged paths matching this extended regular expression, without regard to case, are résumés.
    public let pattern: String
    /// The repository's top folder, where git runs.
    public let repository: URL

    public init(pattern: String, repository: URL) {
        self.pattern = pattern
        self.repository = repository
    }

    /// Copies the staged résumés and configurations into `folder` and returns the résumés'
    /// paths in the repository, in git's order; an empty list when the commit has none. A path
    /// that is not UTF-8 is returned as its `ForeignFileNames` shown name, and its copy can be read
    /// by that name.
    public func copy(into folder: URL) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        let changed = try Git.run(["diff", "--cached", "--raw", "-z", "--no-renames", "--diff-filter=ACMR"], in: repository)
        let resumes = Self.addedRegularFiles(rawDiff: changed).filter { path in
            let shown = Self.shown(path)
            return expression.firstMatch(in: shown, range: NSRange(shown.startIndex..., in: shown)) != nil
        }
        guard !resumes.isEmpty else { return [] }
        let staged = try Git.run(["ls-files", "--stage", "-z", "--", ":(glob)**/\(LintConfiguration.fileName)"], in: repository)
        let configurations = Self.regularFiles(stage: staged)
        // The search for a configuration ends here, not in the folders above the copy.
        try Data().write(to: folder.appendingPathComponent(LintConfiguration.fileName))
        let list: [UInt8] = (resumes + configurations).flatMap { $0 + [0] }
        _ = try Git.run(["checkout-index", "-f", "-z", "--stdin", "--prefix=\(folder.path)/"], in: repository, input: Data(list))
        for path in resumes { ForeignFileNames.register(Array(folder.path.utf8) + [0x2F] + path) }
        return resumes.map(Self.shown)
    }

    private static func shown(_ path: [UInt8]) -> String {
        ForeignFileNames.shownName(path) ?? String(decoding: path, as: UTF8.self)
    }
}

extension StagedResumes {
    /// The paths of `git diff --cached --raw -z` entries whose staged version is a regular file:
    /// `:000000 100644 <sha> <sha> A NUL path NUL`.
    static func addedRegularFiles(rawDiff: Data) -> [[UInt8]] {
        var paths: [[UInt8]] = []
        let fields = rawDiff.split(separator: 0, omittingEmptySubsequences: false).map { Array($0) }
        var index = 0
        while index + 1 < fields.count {
            let status = String(decoding: fields[index], as: UTF8.self).split(separator: " ")
            if status.count >= 2, isRegularFileMode(status[1]) { paths.append(fields[index + 1]) }
            index += 2
        }
        return paths
    }

    /// The paths of `git ls-files --stage -z` entries that are regular files:
    /// `100644 <sha> 0 TAB path NUL`.
    static func regularFiles(stage: Data) -> [[UInt8]] {
        stage.split(separator: 0).compactMap { entry in
            let mode = String(decoding: entry.prefix(6), as: UTF8.self)
            guard let tab = entry.firstIndex(of: 0x09), isRegularFileMode(mode[...]) else { return nil }
            return Array(entry[(tab + 1)...])
        }
    }

    /// `100644` or `100755`; not `120000` (a symbolic link) nor `160000` (a submodule).
    private static func isRegularFileMode(_ mode: Substring) -> Bool {
        mode == "100644" || mode == "100755"
    }
}
