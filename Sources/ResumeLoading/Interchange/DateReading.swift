import ResumeModel
import ResumeSupport

/// What a date written in another tool's file means: `2019-05` as it is; `2019/05`, `May 2019`,
/// `05.2019`, `2019년 5월` or a time stamp converted when only one reading is possible; `Present`
/// and its synonyms as the end of an ongoing period; anything else not a date.
enum DateReading: Equatable {
    /// Already a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date.
    case date(PartialDate)
    /// Another way of writing one date, converted.
    case converted(PartialDate)
    /// `present` in any case: the period is ongoing.
    case present
    /// A word other than `present` that says the period is ongoing (`current`, `now`, `heute`, `현재`).
    case presentWord
    /// Blank text.
    case empty
    /// Digits that could be day/month or month/day.
    case ambiguous
    /// A date in a known shape whose month or day does not exist.
    case impossible
    case unreadable

    init(_ raw: String) {
        let text = raw.trimmingWhitespace
        if text.isEmpty {
            self = .empty
        } else if let date = PartialDate(parsing: text) {
            self = .date(date)
        } else if text.lowercased() == "present" {
            self = .present
        } else if Self.presentWords.contains(text.lowercased()) {
            self = .presentWord
        } else {
            self = Self.timestamp(text) ?? Self.numeric(text) ?? Self.eastAsian(text) ?? Self.named(text) ?? .unreadable
        }
    }
}

private extension DateReading {
    static let presentWords: Set<String> = [
        "current", "currently", "now", "ongoing", "today", "to date", "till now", "until now", "to present",
        "heute", "aktuell", "jetzt", "bis heute", "aujourd'hui", "aujourd’hui", "actuel", "actualidad", "presente",
        "현재", "재직중", "재직 중", "至今", "現在", "现在", "今",
    ]

    /// `2019-05-01T09:30:00Z` and the like: the date of a time stamp.
    static func timestamp(_ text: String) -> DateReading? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > 10, ["T", " "].contains(scalars[10]) else { return nil }
        let day = String(String.UnicodeScalarView(scalars[0..<10]))
        let time = scalars[11...]
        guard let date = PartialDate(parsing: day), time.first?.properties.isASCIIHexDigit == true,
              time.allSatisfy({ "0123456789:.+-Z ".unicodeScalars.contains($0) }) else { return nil }
        return .converted(date)
    }

    /// Numbers separated by `-`, `/` or `.`: `2019/05`, `2019.05.`, `2019-5`, `05/2019`,
    /// `13/05/2019`, `05.03.2019` (day first, as dots are written in German).
    static func numeric(_ text: String) -> DateReading? {
        let separators: Set<Character> = ["-", "/", "."]
        guard text.allSatisfy({ $0.isASCIIDigit || separators.contains($0) || $0 == " " }),
              text.contains(where: \.isASCIIDigit) else { return nil }
        var compact = text.filter { $0 != " " }
        if compact.hasSuffix(".") { compact.removeLast() }  // `2019.05.`, as Korean writes dates
        let used = Set(compact.filter { separators.contains($0) })
        let parts = compact.split(omittingEmptySubsequences: false, whereSeparator: { separators.contains($0) })
        guard used.count <= 1, parts.allSatisfy({ !$0.isEmpty }) else { return .unreadable }
        let numbers = parts.map { Int($0)! }
        switch parts.map(\.count) {
        case [4]: return build(year: numbers[0])
        case [4, 1], [4, 2]: return build(year: numbers[0], month: numbers[1])
        case [1, 4], [2, 4]: return build(year: numbers[1], month: numbers[0])
        case [4, 1, 1], [4, 1, 2], [4, 2, 1], [4, 2, 2]: return build(year: numbers[0], month: numbers[1], day: numbers[2])
        case [1, 1, 4], [1, 2, 4], [2, 1, 4], [2, 2, 4]:
            let (first, second, year) = (numbers[0], numbers[1], numbers[2])
            if used == ["."] || first > 12 { return build(year: year, month: second, day: first) }
            if second > 12 || first == second { return build(year: year, month: first, day: second) }
            return .ambiguous
        default: return .unreadable
        }
    }

    /// `2019년 5월`, `2019年5月1日`.
    static func eastAsian(_ text: String) -> DateReading? {
        var numbers: [Int] = []
        var units: [Character] = []
        var digits = ""
        for character in text where character != " " {
            if character.isASCIIDigit {
                digits.append(character)
            } else if "년年월月일日".contains(character), !digits.isEmpty {
                numbers.append(Int(digits)!)
                units.append(character)
                digits = ""
            } else {
                return nil
            }
        }
        guard digits.isEmpty, !numbers.isEmpty, "년年".contains(units[0]) else { return nil }
        let expected: [String] = ["년年", "월月", "일日"]
        guard units.count <= 3, units.enumerated().allSatisfy({ expected[$0.offset].contains($0.element) }) else { return nil }
        return build(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// `May 2019`, `Sept. 2019`, `1 May 2019`, `May 1, 2019`, `2019 May`, `März 2019`, `mai 2019`.
    static func named(_ text: String) -> DateReading? {
        let words = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "/" })
            .map(String.init)
            .filter { !["of", "de", "del"].contains($0) }
        var month: Int?
        var year: Int?
        var day: Int?
        for word in words {
            if let number = monthNumber(word), month == nil {
                month = number
            } else if word.count == 4, word.allSatisfy(\.isASCIIDigit), year == nil {
                year = Int(word)
            } else if let number = dayNumber(word), day == nil {
                day = number
            } else {
                return nil
            }
        }
        guard let month, let year else { return nil }
        return build(year: year, month: month, day: day)
    }

    /// `1`, `01`, `1st`, `22nd`.
    static func dayNumber(_ word: String) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits.removeLast(2)
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    static func monthNumber(_ word: String) -> Int? {
        monthNames.firstIndex { $0.contains(word) }.map { $0 + 1 }
    }

    /// Month names and abbreviations in English, German, French and Spanish, January first.
    static let monthNames: [Set<String>] = [
        ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene"],
        ["february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero"],
        ["march", "mar", "märz", "maerz", "mrz", "mär", "mars", "marzo"],
        ["april", "apr", "avril", "avr", "abril", "abr"],
        ["may", "mai", "mayo"],
        ["june", "jun", "juni", "juin", "junio"],
        ["july", "jul", "juli", "juillet", "juil", "julio"],
        ["august", "aug", "août", "aout", "agosto", "ago"],
        ["september", "sep", "sept", "septembre", "septiembre"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre"],
        ["november", "nov", "novembre", "noviembre"],
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic"],
    ]

    /// The reading of a date in a known shape: converted when the month and day exist.
    static func build(year: Int, month: Int? = nil, day: Int? = nil) -> DateReading {
        let date = PartialDate(year: year, month: month, day: day)
        guard let checked = PartialDate(parsing: date.description) else { return .impossible }
        return .converted(checked)
    }
}
