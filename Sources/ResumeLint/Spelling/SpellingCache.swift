import Foundation
import ResumeSupport

/// What Hunspell said of a word: known, or unknown with its suggestions, best first.
enum SpellingVerdict: Sendable, Equatable {
    case known
    case unknown(suggestions: [String])
}

/// Hunspell's answers for words already checked, kept on disk so that a lint run whose words were
/// all seen before never loads the dictionary (about 40 ms for `en_US`).
///
/// One file per dictionary under `$XDG_CACHE_HOME/resume/` (default `~/.cache/resume/`), valid
/// only for the dictionary files it names by path, size and modification time: the answers are
/// Hunspell's own, so the cache never changes a result. It holds at most `limit` words, the
/// oldest dropped first, and is replaced in one step (a temporary file renamed over it).
/// `RESUME_SPELLING_CACHE=off` turns it off.
struct SpellingCache: Sendable {
    /// The first line of a cache file, before the dictionary's identity.
    static let header = "resume spelling cache 1"
    /// The most words one file keeps by default: about a megabyte.
    static let defaultLimit = 50_000

    /// The file, or nil when the cache is off or there is no home folder.
    let file: URL?
    let identity: String
    /// The most words the file keeps; the oldest go first.
    var limit = SpellingCache.defaultLimit

    init(dictionary: SpellingDictionary, environment: [String: String] = SpellingCache.environment) {
        identity = dictionary.identity
        file = Self.folder(environment: environment).map { folder in
            folder.appendingPathComponent("spelling-\(dictionary.name)-\(Self.hash(dictionary.identity)).txt")
        }
    }

    /// The variables of the process's environment that place the cache, read one by one: all of
    /// them (`ProcessInfo.environment`) cost more than the rest of a short résumé's spelling check.
    static var environment: [String: String] {
        ["RESUME_SPELLING_CACHE", "XDG_CACHE_HOME", "HOME"].reduce(into: [:]) { found, name in
            found[name] = getenv(name).map { String(cString: $0) }
        }
    }

    /// The cache folder, or nil when `RESUME_SPELLING_CACHE=off` or no folder is known.
    static func folder(environment: [String: String]) -> URL? {
        if let setting = environment["RESUME_SPELLING_CACHE"], ["off", "0", "false", "no"].contains(setting.lowercased()) {
            return nil
        }
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return URL(fileURLWithPath: base).appendingPathComponent("resume")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/resume")
    }

    /// The answers stored for this dictionary, in the order they were stored; none when the file
    /// is missing, unreadable or made for other dictionary files.
    func load() -> [(word: String, verdict: SpellingVerdict)] {
        guard let file, case .bytes(let data)? = try? BoundedFile.contents(of: file.path, limit: 8 << 20) else { return [] }
        // Read by bytes: a run that finds every word here reads the whole file, so it must be cheap.
        let lines = [UInt8](data).split(separator: UInt8(ascii: "\n"))
        guard let first = lines.first, first.elementsEqual("\(Self.header)\t\(identity)".utf8) else { return [] }
        let tab = UInt8(ascii: "\t")
        return lines.dropFirst().compactMap { line in
            // A mark, a tab and the word; after an unknown word's, a tab before each suggestion.
            // Only those lines are split further: most say a word is known.
            guard line.count > 2, line[line.startIndex + 1] == tab else { return nil }
            let rest = line.dropFirst(2)
            let wordEnd = rest.firstIndex(of: tab) ?? rest.endIndex
            guard wordEnd > rest.startIndex else { return nil }
            let word = String(decoding: rest[..<wordEnd], as: UTF8.self)
            switch line.first {
            case UInt8(ascii: "+"): return (word, .known)
            case UInt8(ascii: "-"):
                let listed = wordEnd < rest.endIndex
                    ? rest[(wordEnd + 1)...].split(separator: tab, omittingEmptySubsequences: false) : []
                let suggestions = listed.map { String(decoding: $0, as: UTF8.self) }
                return (word, .unknown(suggestions: suggestions))
            default: return nil
            }
        }
    }

    /// Replaces the file with `entries`, the newest `limit` of them. Failing to write is not an
    /// error: the next run asks Hunspell again.
    func save(_ entries: [(word: String, verdict: SpellingVerdict)]) {
        guard let file else { return }
        var text = "\(Self.header)\t\(identity)\n"
        for (word, verdict) in entries.suffix(limit) {
            switch verdict {
            case .known: text += "+\t\(word)\n"
            case .unknown(let suggestions): text += (["-", word] + suggestions).joined(separator: "\t") + "\n"
            }
        }
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try? Data(text.utf8).write(to: file, options: .atomic)
    }

    /// FNV-1a of `text`, in hexadecimal: a stable file name for a dictionary's identity.
    static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
