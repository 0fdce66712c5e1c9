/// Finds the key a person most likely meant: a known synonym, or the nearest known key by edit distance.
package enum KeySuggestion {
    /// Keys people write from other résumé formats, and what this format calls them.
    static let synonyms: [String: String] = [
        "company": "name",
        "website": "url",
        "experience": "work",
        "employment": "work",
        "jobs": "work",
        "schools": "education",
        "prizes": "awards",
        "honors": "awards",
        "research": "researchInterests",
        "researchInterest": "researchInterests",
        "extracurricular": "teaching",
        "activities": "teaching",
        "talks": "teaching",
        "technicalSkills": "skills",
        "degree": "studyType",
        "major": "area",
        "gpa": "score",
        "title": "position",
    ]

    package static func suggest(for key: String, among known: [String]) -> String? {
        if let synonym = synonyms[key] ?? synonyms[key.lowercased()], known.contains(synonym) {
            return synonym
        }
        let lowered = key.lowercased()
        if let sameIgnoringCase = known.first(where: { $0.lowercased() == lowered }) {
            return sameIgnoringCase
        }
        let limit = max(1, min(3, key.count / 3))
        let scored = known.map { ($0, editDistance(lowered, $0.lowercased())) }.filter { $0.1 <= limit }
        return scored.min { $0.1 < $1.1 }?.0
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
