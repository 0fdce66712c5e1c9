/// The names older JSON Resume versions and other résumé tools give fields this format knows:
/// an import takes them under this format's name and says so.
enum ImportRenames {
    /// Former or other names of `key`, besides the synonyms the loader suggests for unknown keys.
    static func aliases(of key: String) -> [String] {
        (extra[key] ?? []) + KeySuggestion.synonyms.filter { $0.value == key }.map(\.key).sorted()
    }

    private static let extra: [String: [String]] = [
        "image": ["picture", "photo"],
        "name": ["employer"],
        "url": ["link", "homepage"],
        "region": ["state", "province"],
        "postalCode": ["zip", "zipCode", "postcode"],
        "countryCode": ["country"],
        "language": ["name"],
        "fluency": ["level", "proficiency"],
        "startDate": ["start"],
        "endDate": ["end"],
        "releaseDate": ["date"],
        "highlights": ["achievements", "accomplishments"],
        "certificates": ["certifications"],
        "score": ["grade"],
    ]
}
