/// Who the résumé is about and how to reach them (JSON Resume `basics`).
public struct Basics: Sendable, Equatable {
    public var name: String
    public var label: String?
    package var image: String?
    package var email: String?
    package var phone: String?
    public var url: String?
    public var summary: String?
    public var location: Location?
    public var profiles: [Profile]

    public init(
        name: String, label: String? = nil, image: String? = nil, email: String? = nil,
        phone: String? = nil, url: String? = nil, summary: String? = nil,
        location: Location? = nil, profiles: [Profile] = []
    ) {
        self.name = name
        self.label = label
        self.image = image
        self.email = email
        self.phone = phone
        self.url = url
        self.summary = summary
        self.location = location
        self.profiles = profiles
    }
}

/// A postal location (JSON Resume `basics.location`).
public struct Location: Sendable, Equatable {
    public var address: String?
    package var postalCode: String?
    package var city: String?
    package var countryCode: String?
    package var region: String?

    public init(
        address: String? = nil, postalCode: String? = nil, city: String? = nil,
        countryCode: String? = nil, region: String? = nil
    ) {
        self.address = address
        self.postalCode = postalCode
        self.city = city
        self.countryCode = countryCode
        self.region = region
    }

    /// The short form shown in a résumé header: "Seoul, KR".
    package var shortForm: String {
        [city ?? region, countryCode].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}

/// An account on another site (JSON Resume `basics.profiles[]`).
public struct Profile: Sendable, Equatable {
    public var network: String?
    package var username: String?
    public var url: String?

    public init(network: String? = nil, username: String? = nil, url: String? = nil) {
        self.network = network
        self.username = username
        self.url = url
    }
}
