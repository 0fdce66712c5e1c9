import Yams
import ResumeModel
import ResumeLoading

/// One `theme.yaml` as written: the mappings and values it gives, by dotted path
/// (`layout.margins.left`), each with its node, so that a merged manifest still knows where each
/// of its values came from.
struct ManifestDocument {
    /// The file name used in diagnostics.
    let file: String
    let source: String
    /// The top mapping; nil when the file is empty, not YAML or not a mapping.
    var root: Node?
    var mappings: [String: Node] = [:]
    var values: [String: Node] = [:]
    /// Every key given, by dotted path, whether or not its value has the right shape.
    var given: Set<String> = []

    /// The parent theme this manifest names, as written.
    var extends: Node? { values[ManifestParser.extendsKey] }
}

/// Reads `theme.yaml` files into one `ThemeManifest`. Each file is checked on its own for YAML,
/// unknown and duplicate keys and the shape of its mappings; a theme's manifest and its parents'
/// are then merged mapping by mapping (the theme's own value wins, so a manifest gives only the
/// keys it changes), and the merged values are checked for presence, type and range. Every
/// problem is collected, each at its file, line and column.
enum ManifestParser {
    static let extendsKey = "extends"
    static let blocksKey = "blocks"

    /// The mappings of a manifest by dotted path ("" is the top), with the keys each may hold;
    /// a key that is not itself a mapping here holds a value.
    static let schema: [String: [String]] = [
        "": [extendsKey, "name", "description", "formats", "dateStyle", "entryStyle", blocksKey, "maxAuthors", "layout", "paragraph", "colors", fitKey],
        "layout": ["paper", "margins"] + LayoutLength.allCases.map(\.rawValue),
        "layout.margins": ["top", "bottom", "left", "right"],
        "paragraph": ["font", "pretolerance", "tolerance", "emergencyStretch", "alignment", "frenchSpacing"],
        "colors": ThemeColor.allCases.map(\.rawValue),
        blocksKey: ["header", "headerDetails", "heading", "rule", "bullet", "icons"],
        fitKey: FitKnob.allCases.map(\.rawValue),
    ].merging(FitKnob.allCases.map { ("\(fitKey).\($0.rawValue)", rangeKeys) }) { first, _ in first }

    /// `fit:` is optional: a theme without it lets nothing move. A range gives all of `rangeKeys`.
    static let fitKey = "fit"
    static let rangeKeys = ["from", "to", "step"]

    /// The most values one range may hold, so that a search over them stays quick.
    static let mostRangeValues = 100

    /// Values a manifest may leave out: `maxAuthors` (all authors are shown).
    static let optionalValues: Set<String> = [extendsKey, "maxAuthors"]

    /// Every value a complete manifest gives, by dotted path, in the order of `schema`, but
    /// the optional ones.
    static let requiredValues: [String] = {
        func values(in mapping: String) -> [String] {
            schema[mapping]!.flatMap { key -> [String] in
                let path = mapping.isEmpty ? key : "\(mapping).\(key)"
                if schema[path] != nil { return values(in: path) }
                return optionalValues.contains(path) ? [] : [path]
            }
        }
        return values(in: "").filter { !$0.hasPrefix(fitKey + ".") }
    }()

    /// The smallest text area a theme's margins may leave, each way, in points: two inches.
    static let smallestText = 144.54

    /// Reads one manifest's keys, adding its problems to `problems`.
    static func read(_ yaml: String, file: String, problems: inout [Diagnostic]) -> ManifestDocument {
        var reader = DocumentReader(document: ManifestDocument(file: file, source: yaml))
        reader.read()
        problems += reader.problems
        return reader.document
    }

    /// The manifest that `documents` — a theme's own first, then each parent's — give together, or
    /// nil when a problem was found; the problems are added to `problems`. `complete` is false when
    /// the chain could not be read to its end (a broken `extends:`, a file that is not a mapping):
    /// then keys missing everywhere are not reported, since the part not read may have had them.
    static func manifest(from documents: [ManifestDocument], complete: Bool, problems: inout [Diagnostic]) -> ThemeManifest? {
        var merged = MergedManifest(documents: documents)
        let manifest = merged.manifest(reportingMissing: complete)
        problems += merged.problems
        return merged.problems.isEmpty ? manifest : nil
    }
}

/// Reads one manifest: every key known and given once, every mapping a mapping.
private struct DocumentReader {
    var document: ManifestDocument
    var problems: [Diagnostic] = []

    mutating func read() {
        let root: Node
        do {
            guard let node = try YAMLDocument.compose(document.source) else {
                return report(at: nil, "the file is empty")
            }
            root = node
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let message, let mark, _), .parser(_, let message, let mark, _),
                .composer(_, let message, let mark, _):
                return report(line: mark.line, column: mark.column, "invalid YAML: \(message)")
            default:
                return report(at: nil, "invalid YAML: \(error)")
            }
        } catch {
            return report(at: nil, "invalid YAML: \(error)")
        }
        guard root.mapping != nil else { return report(at: root, "the manifest must be a mapping") }
        document.root = root
        readMapping(root, at: "")
    }

    mutating func readMapping(_ node: Node, at path: String) {
        guard let mapping = node.mapping else {
            return report(at: node, "'\(path)' must be a mapping")
        }
        document.mappings[path] = node
        let keys = ManifestParser.schema[path]!
        var seen: Set<String> = []
        for (key, value) in mapping {
            let name = key.string ?? "\(key)"
            let fullKey = path.isEmpty ? name : "\(path).\(name)"
            guard keys.contains(name) else {
                report(at: key, "unknown key '\(fullKey)' (expected one of: \(keys.joined(separator: ", ")))")
                continue
            }
            guard seen.insert(name).inserted else {
                report(at: key, "duplicate key '\(fullKey)'")
                continue
            }
            document.given.insert(fullKey)
            if ManifestParser.schema[fullKey] != nil {
                readMapping(value, at: fullKey)
            } else {
                document.values[fullKey] = value
            }
        }
    }

    mutating func report(at node: Node?, _ message: String) {
        report(line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, message)
    }

    mutating func report(line: Int, column: Int, _ message: String) {
        problems.append(Diagnostic(.error, at: SourceLocation(file: document.file, line: line, column: column), message))
    }
}

/// The manifests of a chain merged: each value from the first manifest that gives it, checked
/// where it was written.
private struct MergedManifest {
    let documents: [ManifestDocument]
    var problems: [Diagnostic] = []

    init(documents: [ManifestDocument]) {
        self.documents = documents
    }

    mutating func manifest(reportingMissing: Bool) -> ThemeManifest? {
        if reportingMissing { reportMissingValues() }
        var lengths: [LayoutLength: Length] = [:]
        for key in LayoutLength.allCases {
            lengths[key] = length("layout.\(key.rawValue)", in: key.allowedPoints)
        }
        var palette: [ThemeColor: HexColor] = [:]
        for key in ThemeColor.allCases {
            palette[key] = color("colors.\(key.rawValue)")
        }
        let formats = list("formats").map { items in items.compactMap { choice($0, at: "formats", as: OutputFormat.self) } }
        let paper = choice("layout.paper", as: Paper.self)
        let margins = paper.map { pageMargins(on: $0) } ?? nil
        let paragraph = paragraphSettings()
        // The name is the theme's own: a theme that extends another still names itself.
        let name = documents.first?.values["name"].flatMap { text($0, at: "name", in: documents[0]) }
        let description = text("description")
        let dateStyle = choice("dateStyle", as: DateStyle.self)
        let entryStyle = choice("entryStyle", as: EntryStyle.self)
        let blocks = blockLook()
        let maxAuthors = value("maxAuthors") == nil ? nil : integer("maxAuthors", in: 1...1000)
        guard problems.isEmpty, let name, let description, let formats, let dateStyle, let entryStyle, let blocks, let paper,
            let margins, let paragraph, lengths.count == LayoutLength.allCases.count,
            palette.count == ThemeColor.allCases.count
        else { return nil }
        let layout = PageLayout(paper: paper, margins: margins, lengths: lengths)
        let fit = fitRanges(around: layout)
        guard problems.isEmpty else { return nil }
        return ThemeManifest(
            name: name, description: description, formats: formats, dateStyle: dateStyle, entryStyle: entryStyle,
            blocks: blocks, maxAuthors: maxAuthors, layout: layout, paragraph: paragraph, colors: palette, fit: fit)
    }
}

private extension MergedManifest {
    /// The value at `path` and the manifest that gives it: the theme's own, else the nearest parent's.
    func value(_ path: String) -> (node: Node, document: ManifestDocument)? {
        for document in documents {
            if let node = document.values[path] { return (node, document) }
        }
        return nil
    }

    /// The index in the chain of the nearest manifest that gives any of `paths`: 0 for the theme's own.
    func nearest(_ paths: [String]) -> Int {
        documents.firstIndex { document in paths.contains { document.values[$0] != nil } } ?? documents.count
    }

    /// Reports each value no manifest of the chain gives, in the theme's own manifest (`name`) or in
    /// the last one, which must give everything its children leave out.
    mutating func reportMissingValues() {
        guard let own = documents.first, own.root != nil, let base = documents.last else { return }
        if own.values["name"] == nil {
            let remark = documents.count > 1 ? "; a theme names itself, even one that extends another" : ""
            report(at: own.root, in: own, "missing key 'name'\(remark)")
        }
        var reported: Set<String> = []
        for path in ManifestParser.requiredValues where path != "name" {
            // The outermost key no manifest gives: `layout` once, rather than each of its values.
            let parts = path.split(separator: ".")
            let keys = (1...parts.count).map { parts.prefix($0).joined(separator: ".") }
            // Inside a mapping given as something else, already reported.
            let misshapen = keys.dropLast().contains { key in documents.contains { $0.given.contains(key) && $0.mappings[key] == nil } }
            guard !misshapen, let missing = keys.first(where: { key in !documents.contains { $0.given.contains(key) } }),
                reported.insert(missing).inserted
            else { continue }
            // At the nearest enclosing mapping the last manifest has.
            var mapping = missing.split(separator: ".").dropLast().joined(separator: ".")
            while base.mappings[mapping] == nil, !mapping.isEmpty {
                mapping = mapping.split(separator: ".").dropLast().joined(separator: ".")
            }
            report(at: base.mappings[mapping] ?? base.root, in: base, "missing key '\(missing)'")
        }
    }

    mutating func pageMargins(on paper: Paper) -> Margins? {
        let largest = min(paper.width.points, paper.height.points) / 2
        var sides: [String: Length] = [:]
        for side in ManifestParser.schema["layout.margins"]! {
            sides[side] = length("layout.margins.\(side)", in: 0...largest)
        }
        guard let top = sides["top"], let bottom = sides["bottom"], let left = sides["left"], let right = sides["right"]
        else { return nil }
        let textWidth = paper.width.points - left.points - right.points
        let textHeight = paper.height.points - top.points - bottom.points
        guard textWidth >= ManifestParser.smallestText, textHeight >= ManifestParser.smallestText else {
            // At the theme's own margins when it gives any, else where its parent does.
            let document = documents.first { $0.mappings["layout.margins"] != nil } ?? documents[0]
            report(
                at: document.mappings["layout.margins"], in: document,
                "'layout.margins' leave a text area of \(Int(textWidth)) × \(Int(textHeight))pt on \(paper.rawValue) paper; "
                    + "it must be at least \(Int(ManifestParser.smallestText))pt (2 inches) each way")
            return nil
        }
        return Margins(top: top, bottom: bottom, left: left, right: right)
    }

    /// The `fit:` ranges: each complete (`from`, `to`, `step`), in one unit, inside what the knob
    /// allows (a margin of 200pt at most leaves a text area on either paper), holding the theme's
    /// own value, and not too many steps.
    mutating func fitRanges(around layout: PageLayout) -> [FitKnob: FitRange] {
        var ranges: [FitKnob: FitRange] = [:]
        for knob in FitKnob.allCases {
            let path = "\(ManifestParser.fitKey).\(knob.rawValue)"
            guard documents.contains(where: { $0.given.contains(path) }) else { continue }
            let ends = ManifestParser.rangeKeys.map { key -> (value: FitValue, node: Node, document: ManifestDocument)? in
                guard let (node, document) = value("\(path).\(key)") else {
                    let document = documents.first { $0.mappings[path] != nil } ?? documents[0]
                    report(at: document.mappings[path], in: document, "missing key '\(path).\(key)'")
                    return nil
                }
                guard let text = text(node, at: "\(path).\(key)", in: document) else { return nil }
                guard let value = FitValue(parsing: text, isLength: knob.isLength) else {
                    let expected = knob.isLength ? "a length such as 10pt" : "a number such as 1.2"
                    report(at: node, in: document, "'\(path).\(key)' is '\(text)'; expected \(expected)")
                    return nil
                }
                return (value, node, document)
            }
            guard let from = ends[0], let to = ends[1], let step = ends[2] else { continue }
            func fail(_ message: String) { report(at: from.node, in: from.document, "'\(path)' \(message)") }
            let range = FitRange(from: from.value, to: to.value, step: step.value)
            let own = knob.value(in: layout)
            if !knob.allowed.contains(from.value.magnitude) || !knob.allowed.contains(to.value.magnitude) {
                fail("runs from \(from.value) to \(to.value); expected \(knob.allowedText) at each end")
            } else if from.value.magnitude > to.value.magnitude {
                fail("runs from \(from.value) to \(to.value); 'from' must not be larger than 'to'")
            } else if step.value.magnitude <= 0 {
                fail("has a step of \(step.value); it must be larger than zero")
            } else if (to.value.magnitude - from.value.magnitude) / step.value.magnitude > Double(ManifestParser.mostRangeValues) {
                fail("has more than \(ManifestParser.mostRangeValues) steps; take a larger step")
            } else if !range.contains(own) {
                // A theme that moves a value past the range its parent gives has not said how far
                // its own design may move: the value stays put. A range beside the value must hold it.
                if nearest(knob.layoutPaths) < nearest(ManifestParser.rangeKeys.map { "\(path).\($0)" }) { continue }
                fail("runs from \(from.value) to \(to.value), which leaves out the theme's own value \(own.expressed(in: from.value.unit))")
            } else {
                ranges[knob] = range
            }
        }
        return ranges
    }

    mutating func blockLook() -> BlockLook? {
        let key = ManifestParser.blocksKey
        let header = choice("\(key).header", as: BlockLook.HeaderAlignment.self)
        let headerDetails = choice("\(key).headerDetails", as: BlockLook.HeaderDetails.self)
        let heading = choice("\(key).heading", as: BlockLook.HeadingShape.self)
        let rule = choice("\(key).rule", as: BlockLook.RuleTint.self)
        let bullet = choice("\(key).bullet", as: BlockLook.BulletTint.self)
        let icons = flag("\(key).icons")
        guard let header, let headerDetails, let heading, let rule, let bullet, let icons else { return nil }
        return BlockLook(header: header, headerDetails: headerDetails, heading: heading, rule: rule, bullet: bullet, icons: icons)
    }

    mutating func paragraphSettings() -> ParagraphSettings? {
        let font = choice("paragraph.font", as: ParagraphSettings.FontFamily.self)
        let pretolerance = integer("paragraph.pretolerance", in: -1...10000)
        let tolerance = integer("paragraph.tolerance", in: 0...10000)
        let emergencyStretch = length("paragraph.emergencyStretch", in: 0...144)
        let alignment = choice("paragraph.alignment", as: ParagraphSettings.Alignment.self)
        let frenchSpacing = flag("paragraph.frenchSpacing")
        guard let font, let pretolerance, let tolerance, let emergencyStretch, let alignment, let frenchSpacing else { return nil }
        return ParagraphSettings(
            font: font, pretolerance: pretolerance, tolerance: tolerance, emergencyStretch: emergencyStretch,
            alignment: alignment, frenchSpacing: frenchSpacing)
    }

    mutating func text(_ path: String) -> String? {
        value(path).flatMap { text($0.node, at: path, in: $0.document) }
    }

    mutating func text(_ node: Node, at path: String, in document: ManifestDocument) -> String? {
        guard let scalar = node.scalar else {
            report(at: node, in: document, "'\(path)' must be text")
            return nil
        }
        return scalar.string
    }

    mutating func list(_ path: String) -> [(node: Node, document: ManifestDocument)]? {
        guard let (node, document) = value(path) else { return nil }
        guard let sequence = node.sequence else {
            report(at: node, in: document, "'\(path)' must be a list")
            return nil
        }
        return sequence.map { ($0, document) }
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(_ path: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        value(path).flatMap { choice($0, at: path, as: type) }
    }

    mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ value: (node: Node, document: ManifestDocument), at path: String, as type: Choice.Type
    ) -> Choice? where Choice.RawValue == String {
        guard let text = text(value.node, at: path, in: value.document) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            let allowed = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            report(at: value.node, in: value.document, "'\(path)' is '\(text)'; expected one of: \(allowed)")
            return nil
        }
        return choice
    }

    mutating func integer(_ path: String, in range: ClosedRange<Int>) -> Int? {
        guard let (node, document) = value(path), let text = text(node, at: path, in: document) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            report(
                at: node, in: document,
                "'\(path)' is '\(text)'; expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    mutating func flag(_ path: String) -> Bool? {
        guard let (node, document) = value(path), let text = text(node, at: path, in: document) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            report(at: node, in: document, "'\(path)' is '\(text)'; expected true or false")
            return nil
        }
    }

    /// A length whose size in points is in `allowed`.
    mutating func length(_ path: String, in allowed: ClosedRange<Double>) -> Length? {
        guard let (node, document) = value(path), let text = text(node, at: path, in: document) else { return nil }
        guard let length = Length(parsing: text) else {
            let units = Length.Unit.allCases.map(\.rawValue).joined(separator: ", ")
            report(at: node, in: document, "'\(path)' is '\(text)'; expected a length such as 10pt (units: \(units))")
            return nil
        }
        guard allowed.contains(length.points) else {
            report(
                at: node, in: document,
                "'\(path)' is '\(text)'; expected a length from \(Self.points(allowed.lowerBound)) to \(Self.points(allowed.upperBound))")
            return nil
        }
        return length
    }

    /// `4pt`, `421.6pt`
    static func points(_ value: Double) -> String {
        Length((value * 10).rounded(.down) / 10, .pt).description
    }

    mutating func color(_ path: String) -> HexColor? {
        guard let (node, document) = value(path), let text = text(node, at: path, in: document) else { return nil }
        guard let color = HexColor(text) else {
            report(at: node, in: document, "'\(path)' is '\(text)'; expected six hexadecimal digits such as \"1F3A5F\"")
            return nil
        }
        return color
    }

    mutating func report(at node: Node?, in document: ManifestDocument, _ message: String) {
        let location = SourceLocation(file: document.file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        problems.append(Diagnostic(.error, at: location, message))
    }
}
