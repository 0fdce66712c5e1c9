import Foundation
import XCTest
import Yams

@testable import ResumeLoading

/// A long document composed in two halves gives the node the whole document composes to — every
/// key, value, tag and style, and each node's line and column — and a document the halves cannot
/// stand for is composed whole, refused with the same error.
final class HalvedCompositionTests: XCTestCase {
    func testALongDocumentIsCutInsideItsLongestSequenceAndComposesAsAWhole() throws {
        let yaml = Self.longDocument()
        let cut = try XCTUnwrap(DocumentCut.middle(of: yaml))
        XCTAssertEqual(cut.sequenceKey, "publications", "the middle of the document is in its publications")
        try assertHalvesComposeTheWhole(yaml)
    }

    func testACutBeforeATopLevelKeyComposesAsAWhole() throws {
        // Two long sections, each a mapping of its own: the cut falls before the second key.
        let first = (1...900).map { "  key\($0): value \($0) — значение" }.joined(separator: "\n")
        let second = (1...900).map { "  key\($0): 값 \($0) — 가치" }.joined(separator: "\n")
        let yaml = "basics:\n  name: Ada Park\nmeta:\n\(first)\nlabels:\n\(second)\n"
        let cut = try XCTUnwrap(DocumentCut.middle(of: yaml))
        XCTAssertNil(cut.sequenceKey)
        XCTAssertTrue(yaml.utf8.dropFirst(cut.offset).starts(with: "labels:".utf8))
        try assertHalvesComposeTheWhole(yaml)
    }

    func testASequenceAtItsKeysIndentationIsCutToo() throws {
        let items = (1...900).map { "- name: Paper \($0)\n  date: 2020-01-01" }.joined(separator: "\n")
        let yaml = "basics:\n  name: Ada Park\npublications:\n\(items)\n"
        XCTAssertEqual(try XCTUnwrap(DocumentCut.middle(of: yaml)).sequenceKey, "publications")
        try assertHalvesComposeTheWhole(yaml)
    }

    /// Documents whose halves would not compose to the whole: each is composed whole, to the
    /// same node or refused with the same error at the same place.
    func testWhatTheHalvesCannotStandForIsComposedWhole() throws {
        let long = Self.longDocument()
        let lines = long.split(separator: "\n", omittingEmptySubsequences: false)
        let middle = try XCTUnwrap(DocumentCut.middle(of: long)).line - 1
        // A double-quoted value from a few lines before the middle to a few after it.
        var quoted = lines
        quoted[middle - 5] += " \"opens"
        quoted[middle + 5] += " closes\""
        let documents = [
            "an alias of an anchor in the first half":
                long.replacingOccurrences(of: "  - name: Paper 1\n", with: "  - name: &first Paper 1\n") + "extra:\n  - *first\n",
            "a quoted value the cut falls inside": quoted.joined(separator: "\n"),
            "a key in both halves": long + "basics:\n  name: Again\n",
            "a directive": "%YAML 1.2\n---\n" + long,
            "two documents": long + "---\nbasics: {}\n",
            "a syntax error in the second half": long + "teaching: [unclosed\n",
        ]
        for (name, yaml) in documents.sorted(by: { $0.key < $1.key }) {
            XCTAssertTrue(HalvedComposition.halved(yaml) == nil, "\(name): the halves stand for the whole")
            let whole = Result { try YAMLDocument.compose(yaml) }
            let halved = Result { try HalvedComposition.compose(yaml) }
            switch (whole, halved) {
            case (.success(let whole), .success(let halved)):
                XCTAssertEqual(Self.lines(of: halved), Self.lines(of: whole), name)
            case (.failure(let whole), .failure(let halved)):
                XCTAssertEqual("\(halved)", "\(whole)", name)
            default:
                XCTFail("\(name): composed whole and in halves, one fails")
            }
        }
    }

    func testAShortDocumentIsNotCut() throws {
        let yaml = "basics:\n  name: Ada Park\nwork:\n  - name: Acme\n  - name: Initech\n"
        XCTAssertLessThan(yaml.utf8.count, HalvedComposition.minimumLength)
        XCTAssertEqual(Self.lines(of: try HalvedComposition.compose(yaml)), Self.lines(of: try YAMLDocument.compose(yaml)))
    }

    /// That `yaml` is long enough to be cut, its halves compose, and to the whole document's node.
    private func assertHalvesComposeTheWhole(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertGreaterThanOrEqual(yaml.utf8.count, HalvedComposition.minimumLength, file: file, line: line)
        let halved = try XCTUnwrap(HalvedComposition.halved(yaml), "the halves do not compose", file: file, line: line)
        XCTAssertEqual(Self.lines(of: halved), Self.lines(of: try YAMLDocument.compose(yaml)), file: file, line: line)
    }

    /// A résumé of about 100 KB with comments, quoted and block values, anchors and text in
    /// several scripts, its publications the longest section.
    private static func longDocument() -> String {
        var yaml = "# A long CV\nbasics:\n  name: \"Ada Park\"\n  label: Research engineer  # trailing comment\n"
        yaml += "work:\n"
        for index in 1...60 {
            yaml += """
                  - name: Company \(index)
                    position: 'Engineer, level \(index)'
                    highlights:
                      - Built a pipeline that cut training cost by \(index)% — быстрее, 더 빠르게
                      - >-
                        Folded text over
                        two lines \(index)

                """
        }
        yaml += "publications:\n"
        for index in 1...500 {
            yaml += """
                  # Paper \(index)
                  - name: Paper \(index)
                    publisher: &venue\(index) Journal of Examples
                    releaseDate: 2020-01-\(String(format: "%02d", index % 28 + 1))
                    summary: |
                      A literal block
                        kept as written, \(index).
                    venue: *venue\(index)

                """
        }
        yaml += "teaching:\n"
        for index in 1...40 {
            yaml += "  - {name: Course \(index), startDate: \"2019\"}\n"
        }
        return yaml
    }

    /// Every node of a tree as one line: where it is in the tree, its line and column, its tag
    /// and style, and a scalar's text.
    private static func lines(of node: Node?, at path: String = "") -> [String] {
        guard let node else { return ["\(path) nil"] }
        let place = node.mark.map { "\($0.line):\($0.column)" } ?? "-"
        switch node {
        case .scalar(let scalar):
            return ["\(path) \(place) \(scalar.tag) \(scalar.style) \(scalar.string)"]
        case .mapping(let mapping):
            return ["\(path) \(place) \(mapping.tag) \(mapping.style) mapping"]
                + mapping.enumerated().flatMap { index, pair in
                    lines(of: pair.key, at: "\(path)/\(index)k") + lines(of: pair.value, at: "\(path)/\(index)v")
                }
        case .sequence(let sequence):
            return ["\(path) \(place) \(sequence.tag) \(sequence.style) sequence"]
                + sequence.enumerated().flatMap { index, item in lines(of: item, at: "\(path)/\(index)") }
        case .alias:
            return ["\(path) \(place) alias"]
        }
    }
}
