/// Why a hook could not be installed or removed.
public enum HookError: Error, Equatable, CustomStringConvertible {
    /// git is not installed, or not on `PATH`.
    case gitUnavailable
    /// git found no repository here; carries git's own words.
    case notARepository(String)
    /// A hook this tool did not write is in the way.
    case foreignHook(path: String)
    /// A hook this tool wrote was edited since: the edits are someone's work.
    case editedHook(path: String)
    /// The hook file could not be written or removed.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .gitUnavailable:
            return "cannot run git; install git, or put it on PATH"
        case .notARepository(let message):
            return "not in a git repository (\(message))"
        case .foreignHook(let path):
            return "\(path) exists and was not written by resume"
        case .editedHook(let path):
            return "\(path) was written by resume but has been edited since"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        }
    }
}
