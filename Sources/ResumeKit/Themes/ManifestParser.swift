import Yams

/// Reads `theme.yaml` into a `ThemeManifest`, rejecting unknown keys, missing keys and wrong types
/// with the line they are on.
struct ManifestParser {
    /// The file name used in error messages.
    let file: String

    /// The smallest text area a theme's margins may leave, each way, in points: two inches.
    static let smallestText = 144.54

    func parse(_ yaml: String) throws -> ThemeManifest {
        let root = try mapping(
            compose(yaml), at: "",
            keys: ["name", "description", "formats", "dateStyle", "entryStyle", "layout", "paragraph", "colors"])
        let layout = try mapping(root["layout"]!, at: "layout", keys: ["paper", "margins"] + LayoutLength.allCases.map(\.rawValue))
        let margins = try mapping(layout["margins"]!, at: "layout.margins", keys: ["top", "bottom", "left", "right"])
        let colors = try mapping(root["colors"]!, at: "colors", keys: ThemeColor.allCases.map(\.rawValue))
        let paragraph = try mapping(
            root["paragraph"]!, at: "paragraph",
            keys: ["font", "pretolerance", "tolerance", "emergencyStretch", "alignment", "frenchSpacing"])

        var lengths: [LayoutLength: Length] = [:]
        for key in LayoutLength.allCases {
            lengths[key] = try length(layout[key.rawValue]!, at: "layout.\(key.rawValue)", in: key.allowedPoints)
        }
        var palette: [ThemeColor: HexColor] = [:]
        for key in ThemeColor.allCases {
            palette[key] = try color(colors[key.rawValue]!, at: "colors.\(key.rawValue)")
        }
        let formats = try list(root["formats"]!, at: "formats").map { item in
            try choice(item, at: "formats", as: OutputFormat.self)
        }
        let paper = try choice(layout["paper"]!, at: "layout.paper", as: Paper.self)
        let margin = { (side: String) in
            try length(margins[side]!, at: "layout.margins.\(side)", in: 0...(min(paper.width.points, paper.height.points) / 2))
        }
        let pageMargins = Margins(top: try margin("top"), bottom: try margin("bottom"), left: try margin("left"), right: try margin("right"))
        let textWidth = paper.width.points - pageMargins.left.points - pageMargins.right.points
        let textHeight = paper.height.points - pageMargins.top.points - pageMargins.bottom.points
        guard textWidth >= Self.smallestText, textHeight >= Self.smallestText else {
            throw problem(
                at: layout["margins"]!,
                "'layout.margins' leave a text area of \(Int(textWidth)) × \(Int(textHeight))pt on \(paper.rawValue) paper; "
                    + "it must be at least \(Int(Self.smallestText))pt (2 inches) each way")
        }
        return ThemeManifest(
            name: try text(root["name"]!, at: "name"),
            description: try text(root["description"]!, at: "description"),
            formats: formats,
            dateStyle: try choice(root["dateStyle"]!, at: "dateStyle", as: DateStyle.self),
            entryStyle: try choice(root["entryStyle"]!, at: "entryStyle", as: EntryStyle.self),
            layout: PageLayout(paper: paper, margins: pageMargins, lengths: lengths),
            paragraph: ParagraphSettings(
                font: try choice(paragraph["font"]!, at: "paragraph.font", as: ParagraphSettings.FontFamily.self),
                pretolerance: try integer(paragraph["pretolerance"]!, at: "paragraph.pretolerance", in: -1...10000),
                tolerance: try integer(paragraph["tolerance"]!, at: "paragraph.tolerance", in: 0...10000),
                emergencyStretch: try length(paragraph["emergencyStretch"]!, at: "paragraph.emergencyStretch", in: 0...144),
                alignment: try choice(paragraph["alignment"]!, at: "paragraph.alignment", as: ParagraphSettings.Alignment.self),
                frenchSpacing: try flag(paragraph["frenchSpacing"]!, at: "paragraph.frenchSpacing")
            ),
            colors: palette
        )
    }
}

private extension ManifestParser {
    func compose(_ yaml: String) throws -> Node {
        do {
            guard let node = try Yams.compose(yaml: yaml, .basic) else { throw problem(at: nil, "the file is empty") }
            return node
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let message, let mark, _), .parser(_, let message, let mark, _),
                .composer(_, let message, let mark, _):
                throw problem(at: mark.line, "invalid YAML: \(message)")
            default:
                throw problem(at: nil, "invalid YAML: \(error)")
            }
        }
    }

    /// The mapping's values by key; every key in `keys` must be present and no other key may be.
    func mapping(_ node: Node, at path: String, keys: [String]) throws -> [String: Node] {
        let name = path.isEmpty ? "the manifest" : "'\(path)'"
        guard let mapping = node.mapping else { throw problem(at: node, "\(name) must be a mapping") }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let keyText = key.string ?? "\(key)"
            let fullKey = path.isEmpty ? keyText : "\(path).\(keyText)"
            guard keys.contains(keyText) else {
                throw problem(at: key, "unknown key '\(fullKey)' (expected one of: \(keys.joined(separator: ", ")))")
            }
            guard values[keyText] == nil else { throw problem(at: key, "duplicate key '\(fullKey)'") }
            values[keyText] = value
        }
        if let missing = keys.first(where: { values[$0] == nil }) {
            let fullKey = path.isEmpty ? missing : "\(path).\(missing)"
            throw problem(at: node, "missing key '\(fullKey)'")
        }
        return values
    }

    func text(_ node: Node, at path: String) throws -> String {
        guard let scalar = node.scalar else { throw problem(at: node, "'\(path)' must be text") }
        return scalar.string
    }

    func list(_ node: Node, at path: String) throws -> [Node] {
        guard let sequence = node.sequence else { throw problem(at: node, "'\(path)' must be a list") }
        return Array(sequence)
    }

    func choice<Choice: RawRepresentable & CaseIterable>(_ node: Node, at path: String, as type: Choice.Type) throws -> Choice
    where Choice.RawValue == String {
        let value = try text(node, at: path)
        guard let choice = Choice(rawValue: value) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw problem(at: node, "'\(path)' is '\(value)'; expected one of: \(allowed)")
        }
        return choice
    }

    func integer(_ node: Node, at path: String, in range: ClosedRange<Int>) throws -> Int {
        let value = try text(node, at: path)
        guard let number = Int(value), range.contains(number) else {
            throw problem(at: node, "'\(path)' is '\(value)'; expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return number
    }

    func flag(_ node: Node, at path: String) throws -> Bool {
        switch try text(node, at: path) {
        case "true": return true
        case "false": return false
        case let value: throw problem(at: node, "'\(path)' is '\(value)'; expected true or false")
        }
    }

    /// A length whose size in points is in `allowed`.
    func length(_ node: Node, at path: String, in allowed: ClosedRange<Double>) throws -> Length {
        let value = try text(node, at: path)
        guard let length = Length(parsing: value) else {
            let units = Length.Unit.allCases.map(\.rawValue).joined(separator: ", ")
            throw problem(at: node, "'\(path)' is '\(value)'; expected a length such as 10pt (units: \(units))")
        }
        guard allowed.contains(length.points) else {
            throw problem(
                at: node, "'\(path)' is '\(value)'; expected a length from \(Self.points(allowed.lowerBound)) to \(Self.points(allowed.upperBound))")
        }
        return length
    }

    /// `4pt`, `421.6pt`
    static func points(_ value: Double) -> String {
        Length((value * 10).rounded(.down) / 10, .pt).description
    }

    func color(_ node: Node, at path: String) throws -> HexColor {
        let value = try text(node, at: path)
        guard let color = HexColor(value) else {
            throw problem(at: node, "'\(path)' is '\(value)'; expected six hexadecimal digits such as \"1F3A5F\"")
        }
        return color
    }

    func problem(at node: Node, _ message: String) -> ThemeError {
        problem(at: node.mark?.line, message)
    }

    func problem(at line: Int?, _ message: String) -> ThemeError {
        .invalidManifest(file: file, line: line, message: message)
    }
}
