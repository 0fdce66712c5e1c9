import Foundation

/// A Hunspell dictionary on disk for one language: its two files, what identifies their content,
/// and the Debian package that installs it.
struct SpellingDictionary: Sendable, Hashable {
    /// Hunspell's name for it: `en_US`.
    var name: String
    /// The `.aff` file.
    var affix: String
    /// The `.dic` file.
    var words: String
    /// Path, size and modification time of both files: a cached answer is kept only while these
    /// are the same, so an updated dictionary is asked again.
    var identity: String

    /// The folders searched, in order: Hunspell's own `DICPATH` (colon-separated), then Debian's.
    static func folders(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let own = environment["DICPATH"].map { $0.split(separator: ":").map(String.init) } ?? []
        return own + ["/usr/share/hunspell", "/usr/share/myspell/dicts"]
    }

    /// The dictionaries for a language tag, looked for in `folders`: for a tag with a region
    /// (`en-GB`), that region's, else the language's usual one; for a bare language (`en`), the
    /// usual region's first (`en_US`), then every other region installed (`en_GB`), since a
    /// résumé that names no region may use any of them.
    static func find(for tag: String, in folders: [String] = folders()) -> [SpellingDictionary] {
        let language = primaryLanguage(of: tag)
        let hasRegion = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).count > 1
        var found: [SpellingDictionary] = []
        func add(_ name: String) {
            guard !found.contains(where: { $0.name == name }) else { return }
            for folder in folders {
                let affix = "\(folder)/\(name).aff", words = "\(folder)/\(name).dic"
                if let identity = identity(of: [affix, words]) {
                    found.append(SpellingDictionary(name: name, affix: affix, words: words, identity: identity))
                    return
                }
            }
        }
        for name in candidates(for: tag) {
            add(name)
            if hasRegion, !found.isEmpty { return found }
        }
        for folder in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in names.sorted() where file.hasPrefix(language + "_") && file.hasSuffix(".dic") {
                add(String(file.dropLast(4)))
            }
        }
        return hasRegion ? Array(found.prefix(1)) : found
    }

    /// The Debian package with the dictionary for `tag`: `hunspell-en-us`, `hunspell-ko`.
    static func debianPackage(for tag: String) -> String {
        let name = candidates(for: tag).first ?? tag
        let parts = name.lowercased().split(separator: "_")
        guard let language = parts.first else { return "hunspell" }
        if let package = myspellPackages[String(language)] { return package }
        if parts.count > 1, regionalPackages.contains(String(language)) { return "hunspell-\(language)-\(parts[1])" }
        return "hunspell-\(language)"
    }

    /// The letters words of the language are written with: the `.aff` file's `TRY` line (the
    /// letters Hunspell tries in its suggestions) and the ASCII ones, in lower case; nil when the
    /// file has no `TRY` line among its first 64 KiB, or is in an encoding other than UTF-8 or
    /// ISO 8859-1. A word with another letter (`phát`, `ứng` beside English) is not written in
    /// the language, so the dictionary cannot judge it. Read once per dictionary identity in a
    /// process: a run over many files asks for it for each.
    func alphabet() -> Set<String>? {
        Self.alphabets.alphabet(of: self)
    }

    /// `alphabet`, read from the `.aff` file.
    fileprivate func readAlphabet() -> Set<String>? {
        guard let handle = FileHandle(forReadingAtPath: affix) else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 64 * 1024) else { return nil }
        let encoding = Self.firstLine(of: head) { line -> String? in
            // A line whose text starts with `SET ` once trimmed has its bytes: no other is read as text.
            guard line.indices.contains(where: { line[$0...].starts(with: "SET ".utf8) }) else { return nil }
            let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return text.hasPrefix("SET ") ? String(text.dropFirst(4)).uppercased() : nil
        } ?? "ISO8859-1"
        guard let letters = Self.firstLine(of: head, { line -> String? in
            // Likewise a line whose text starts with `TRY ` starts with its bytes.
            guard line.starts(with: "TRY ".utf8) else { return nil }
            let text: String? = switch encoding {
            case "UTF-8": String(validating: line, as: UTF8.self)
            case "ISO8859-1", "ISO-8859-1": String(line.map { Character(Unicode.Scalar($0)) })
            default: nil
            }
            guard let text, text.hasPrefix("TRY ") else { return nil }
            return String(text.dropFirst(4)).trimmingCharacters(in: .whitespacesAndNewlines)
        }) else { return nil }
        var alphabet = Set(letters.filter(\.isLetter).map { $0.lowercased() })
        alphabet.formUnion((UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) })
        return alphabet
    }

    /// `en` from `en-GB`, `en_GB` or `EN`.
    static func primaryLanguage(of tag: String) -> String {
        String(tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? Substring(tag)).lowercased()
    }
}

private extension SpellingDictionary {
    /// The alphabet of each dictionary read so far in this process, by identity.
    static let alphabets = Alphabets()

    final class Alphabets: @unchecked Sendable {
        private let lock = NSLock()
        private var read: [String: Set<String>?] = [:]

        func alphabet(of dictionary: SpellingDictionary) -> Set<String>? {
            lock.withLock {
                if let known = read[dictionary.identity] { return known }
                let alphabet = dictionary.readAlphabet()
                read[dictionary.identity] = .some(alphabet)
                return alphabet
            }
        }
    }

    /// What `read` makes of the first of the non-empty lines of `text` it makes something of:
    /// the `.aff` file's settings are at its top, so the rest is not split up. The lines are cut
    /// from the text's bytes, which `Data` would hand out one at a time through its views.
    static func firstLine<Value>(of text: Data, _ read: (Slice<UnsafeRawBufferPointer>) -> Value?) -> Value? {
        text.withUnsafeBytes { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                if end > start, let value = read(bytes[start..<end]) { return value }
                start = end + 1
            }
            return nil
        }
    }

    /// Languages whose Debian dictionary keeps MySpell's package name.
    static let myspellPackages = ["eo": "myspell-eo", "et": "myspell-et", "fo": "myspell-fo", "tl": "myspell-tl"]

    /// Languages whose Debian dictionaries come one package per region.
    static let regionalPackages: Set<String> = ["en", "de", "pt"]

    /// The region a language's dictionary usually has when the tag names none.
    static let usualRegions = [
        "en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "BR", "nl": "NL", "ko": "KR", "sv": "SE",
        "da": "DK", "pl": "PL", "ru": "RU", "cs": "CZ", "hu": "HU", "ro": "RO", "tr": "TR", "uk": "UA",
    ]

    /// `en_GB` for `en-GB`; `en_US` for `en`.
    static func candidates(for tag: String) -> [String] {
        let parts = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let language = primaryLanguage(of: tag)
        var names: [String] = []
        // A region is two letters or three digits; a script (`zh-Hant`) is skipped.
        if let region = parts.dropFirst().first(where: { $0.count == 2 || ($0.count == 3 && $0.allSatisfy(\.isNumber)) }) {
            names.append("\(language)_\(region.uppercased())")
        }
        if let region = usualRegions[language] { names.append("\(language)_\(region)") }
        names.append(language)
        return names
    }

    /// `path:size:mtime` of each file, or nil when one is missing.
    static func identity(of paths: [String]) -> String? {
        var parts: [String] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            parts.append("\(path):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
        }
        return parts.joined(separator: "|")
    }
}
