import Foundation

/// A calendar date known to the year, the month or the day: `2019`, `2019-05`, `2019-05-14`.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the month and day exist.
    public init?(parsing text: String) {
        // Read byte by byte: four digits, then up to two groups of a hyphen and two digits;
        // any other byte, ASCII or not, makes it no date.
        var numbers = [0]
        var digits = 0
        for byte in text.utf8 {
            let groupLength = numbers.count == 1 ? 4 : 2
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9") where digits < groupLength:
                numbers[numbers.count - 1] = numbers[numbers.count - 1] * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: "-") where digits == groupLength && numbers.count < 3:
                numbers.append(0)
                digits = 0
            default:
                return nil
            }
        }
        guard digits == (numbers.count == 1 ? 4 : 2) else { return nil }
        guard numbers[0] >= 1 else { return nil }  // there is no year 0
        year = numbers[0]
        month = numbers.count > 1 ? numbers[1] : nil
        day = numbers.count > 2 ? numbers[2] : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...Self.daysIn(month: month, year: year)).contains(day) { return nil }
    }

    public var description: String {
        var text = Self.zeroPadded(year, width: 4)
        if let month { text += "-" + Self.zeroPadded(month, width: 2) }
        if let day { text += "-" + Self.zeroPadded(day, width: 2) }
        return text
    }

    /// The number with zeros in front up to `width` characters, sign included, as `%0*d` writes it.
    private static func zeroPadded(_ number: Int, width: Int) -> String {
        let digits = String(number.magnitude)
        let sign = number < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }

    /// Orders by the earliest day each date could mean, so `2019` sorts before `2019-01-02`.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// Whether `self` certainly ends before `other` starts, given the precision of both.
    package func isCertainlyBefore(_ other: PartialDate) -> Bool {
        if year != other.year { return year < other.year }
        guard let month, let otherMonth = other.month else { return false }
        if month != otherMonth { return month < otherMonth }
        guard let day, let otherDay = other.day else { return false }
        return day < otherDay
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The end of a period: a date, or still going on.
package enum EndDate: Sendable, Hashable {
    case date(PartialDate)
    /// Written as `present` or left out.
    case present
}

extension Character {
    package var isASCIIDigit: Bool { isASCII && isNumber }
}
