import ResumeModel

/// Writes dates and periods in a theme's one date style, in the résumé's language:
/// "May 2019 – Present", "2019.05 – 현재", "Mai 2019 – heute".
///
/// Days are never shown, so dates of different precision still look alike.
package struct DateFormatting: Sendable {
    let style: DateStyle
    let localization: Localization

    package init(style: DateStyle, localization: Localization = .english) {
        self.style = style
        self.localization = localization
    }

    /// In English "May 2019" (short), "September 2019" (long) or "2019-05" (numeric); a year
    /// alone stays a year ("2019", or "2019년" in Korean's long style).
    package func format(_ date: PartialDate) -> String {
        localization.datePattern(style).format(date)
    }

    /// A period joined by an en dash; no end, or `present`, reads "Present" in the résumé's
    /// language. Nil when there is no start and no dated end.
    package func period(from start: PartialDate?, to end: EndDate?) -> String? {
        switch (start, end) {
        case (nil, nil), (nil, .present): return nil
        case (nil, .date(let end)): return format(end)
        case (let start?, nil), (let start?, .present): return "\(format(start)) – \(localization.present)"
        case (let start?, .date(let end)):
            let (first, last) = (format(start), format(end))
            return first == last ? first : "\(first) – \(last)"
        }
    }
}
