import Foundation

/// A person in an `author` or `editor` field, split as BibTeX splits names: "First von Last",
/// "von Last, First" or "von Last, Jr, First".
struct BibTeXName: Equatable {
    var first: String
    var von: String
    var last: String
    var jr: String

    /// "First von Last, Jr", in plain text: how the résumé shows the name.
    var displayName: String {
        var name = [first, von, last].filter { !$0.isEmpty }.joined(separator: " ")
        if !jr.isEmpty { name += ", " + jr }
        return name
    }

    /// The people of a name list, split at ` and ` outside braces; `others` (BibTeX's "and
    /// more") is "et al.". Names with more than two commas are returned in `problems`.
    static func list(_ latex: String) -> (names: [String], problems: [String]) {
        var names: [String] = []
        var problems: [String] = []
        for part in splitOutsideBraces(latex, separator: { words in words.lowercased() == "and" }) {
            let person = part.joined(separator: " ")
            if person.lowercased() == "others" {
                names.append("et al.")
                continue
            }
            let commas = splitAtCommas(person)
            guard commas.count <= 3 else {
                problems.append(LaTeXText(person).text)
                continue
            }
            names.append(parse(commas).displayName)
        }
        return (names.filter { !$0.isEmpty }, problems)
    }
}

extension BibTeXName {
    /// A name from its comma-separated parts (one, two or three).
    fileprivate static func parse(_ parts: [String]) -> BibTeXName {
        func words(_ text: String) -> [String] { splitOutsideBraces(text, separator: { _ in false }).first ?? [] }
        func plain(_ words: ArraySlice<String>) -> String { LaTeXText(words.joined(separator: " ")).text }
        switch parts.count {
        case 1:
            // First von Last: von starts at the first lowercase word that is not the last word.
            let all = words(parts[0])
            guard all.count > 1 else { return BibTeXName(first: "", von: "", last: plain(all[...]), jr: "") }
            let lowerIndices = all.indices.dropLast().filter { startsLowercase(all[$0]) }
            guard let vonStart = lowerIndices.first, let vonEnd = lowerIndices.last else {
                return BibTeXName(first: plain(all.dropLast()), von: "", last: plain(all.suffix(1)), jr: "")
            }
            return BibTeXName(
                first: plain(all[..<vonStart]), von: plain(all[vonStart...vonEnd]), last: plain(all[(vonEnd + 1)...]), jr: "")
        default:
            // von Last, [Jr,] First
            let head = words(parts[0])
            let vonCount = head.dropLast().prefix(while: startsLowercase).count
            return BibTeXName(
                first: plain(words(parts.last!)[...]), von: plain(head.prefix(vonCount)), last: plain(head.dropFirst(vonCount)),
                jr: parts.count == 3 ? plain(words(parts[1])[...]) : "")
        }
    }

    /// Whether a word starts with a lowercase letter at brace depth 0 (BibTeX's "von" test;
    /// `{\"u}ber` counts by its first letter, `{von}` in braces does not).
    fileprivate static func startsLowercase(_ word: String) -> Bool {
        if word.hasPrefix("{\\") { return LaTeXText(word).text.first?.isLowercase ?? false }
        if word.hasPrefix("{") { return false }
        return LaTeXText(word).text.first?.isLowercase ?? false
    }

    /// The words of `text` (split at whitespace outside braces), grouped into runs at the words
    /// `separator` accepts.
    fileprivate static func splitOutsideBraces(_ text: String, separator: (String) -> Bool) -> [[String]] {
        var groups: [[String]] = [[]]
        var word = ""
        var depth = 0
        func endWord() {
            guard !word.isEmpty else { return }
            if depth == 0 && separator(word) {
                groups.append([])
            } else {
                groups[groups.count - 1].append(word)
            }
            word = ""
        }
        for character in text {
            if character == "{" { depth += 1 }
            if character == "}" { depth = max(0, depth - 1) }
            if depth == 0 && character.isWhitespace {
                endWord()
            } else {
                word.append(character)
            }
        }
        endWord()
        return groups.filter { !$0.isEmpty }
    }

    /// A name's parts at commas outside braces, trimmed.
    fileprivate static func splitAtCommas(_ name: String) -> [String] {
        var parts = [""]
        var depth = 0
        for character in name {
            if character == "{" { depth += 1 }
            if character == "}" { depth = max(0, depth - 1) }
            if character == "," && depth == 0 {
                parts.append("")
            } else {
                parts[parts.count - 1].append(character)
            }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}
