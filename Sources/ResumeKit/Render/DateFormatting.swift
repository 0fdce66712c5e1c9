/// Writes dates and periods in a theme's one date style: "May 2019 – Present".
///
/// Days are never shown, so dates of different precision still look alike.
struct DateFormatting: Sendable {
    let style: DateStyle

    /// What an unfinished period ends with.
    static let present = "Present"

    /// "May 2019" (short), "September 2019" (long) or "2019-05" (numeric); a year alone stays a year.
    func format(_ date: PartialDate) -> String {
        let year = String(date.year)
        guard let month = date.month else { return year }
        switch style {
        case .short: return "\(Self.shortMonths[month - 1]) \(year)"
        case .long: return "\(Self.longMonths[month - 1]) \(year)"
        case .numeric: return year + "-" + (month < 10 ? "0" : "") + String(month)
        }
    }

    /// A period joined by an en dash; no end, or `present`, reads "Present". Nil when there is no start
    /// and no dated end.
    func period(from start: PartialDate?, to end: EndDate?) -> String? {
        switch (start, end) {
        case (nil, nil), (nil, .present): return nil
        case (nil, .date(let end)): return format(end)
        case (let start?, nil), (let start?, .present): return "\(format(start)) – \(Self.present)"
        case (let start?, .date(let end)):
            let (first, last) = (format(start), format(end))
            return first == last ? first : "\(first) – \(last)"
        }
    }

    private static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let longMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
}
