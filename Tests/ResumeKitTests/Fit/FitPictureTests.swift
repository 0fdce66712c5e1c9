import Foundation
import XCTest

#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ResumeKit
import TestSupport

/// The picture of the fit, read back as XML: a box per item on the item's page, as tall as its
/// lines, highlighted with the characters to cut where a cut saves a line, and the free lines of
/// the last page; the same report draws the same bytes.
final class FitPictureTests: XCTestCase {
    func testEveryItemIsABoxOnItsPageAsTallAsItsLines() throws {
        for (example, themeName) in [("cv.yaml", "classic"), ("cv.yaml", "compact"), ("minimal.yaml", "modern")] {
            let url = TestPaths.examples.appendingPathComponent(example)
            let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: url).resume)
            let report = try FitEngine(theme: try XCTUnwrap(Theme.builtin(named: themeName))).fit(resume)
            let svg = FitPicture(report: report, file: example).svg
            let elements = try SVGElements(svg)
            let label = "\(example) in \(themeName)"

            let items = elements.rects.filter { $0.classes.contains("item") }
            XCTAssertEqual(Set(items.compactMap { $0["data-path"] }), Set(report.items.map(\.path.description)), label)
            for item in report.items {
                let boxes = items.filter { $0["data-path"] == item.path.description }
                let first = try XCTUnwrap(boxes.first, "\(label) \(item.path)")
                XCTAssertEqual(first["data-page"], String(item.page), "\(label) \(item.path)")
                let height = boxes.compactMap { Double($0["height"] ?? "") }.reduce(0, +)
                XCTAssertEqual(height, Double(item.lines * FitPicture.lineHeight), "\(label) \(item.path): height is lines")
                XCTAssertEqual(first.classes.contains("saver"), item.charsToSaveLine != nil, "\(label) \(item.path)")
                let title = try XCTUnwrap(first.title)
                XCTAssertTrue(title.hasPrefix("\(item.path) (\(example):\(item.line)): \(item.lines) line"), title)
                if let cut = item.charsToSaveLine {
                    XCTAssertTrue(title.contains("cut \(cut) character"), title)
                    XCTAssertTrue(elements.texts.contains("−\(cut)"), "\(label): the characters to cut are shown")
                }
            }
            XCTAssertTrue(Set(elements.rects.compactMap { $0["data-page"] }.compactMap(Int.init)).isSubset(of: Set(1...report.pages)), label)
            let sheets = elements.rects.filter { $0.classes == ["sheet"] }
            XCTAssertEqual(sheets.count, report.pages, label)
            let free = elements.rects.filter { $0.classes == ["free"] && $0["data-lines"] != nil }  // not the legend's
            XCTAssertEqual(free.count, report.lastPageFreeLines > 0 ? 1 : 0, label)
            if let free = free.first {
                XCTAssertEqual(Double(free["height"] ?? ""), Double(report.lastPageFreeLines * FitPicture.lineHeight), label)
                // The boxes of the last page stay above its free lines.
                let freeTop = try XCTUnwrap(Double(free["y"] ?? ""))
                for box in elements.rects where box["data-page"] == String(report.pages) && box["data-lines"] != nil && !box.classes.contains("free") {
                    XCTAssertLessThanOrEqual(Double(box["y"]!)! + Double(box["height"]!)!, freeTop + 0.05, "\(label): \(box.attributes)")
                }
            }
            XCTAssertEqual(FitPicture(report: report, file: example).svg, svg, "\(label): the same report draws the same bytes")
        }
    }

    func testTheHTMLPageHoldsTheSamePicture() throws {
        let url = TestPaths.examples.appendingPathComponent("cv.yaml")
        let resume = try XCTUnwrap(ResumeLoader.load(contentsOf: url).resume)
        let report = try FitEngine(theme: try XCTUnwrap(Theme.builtin(named: "classic"))).fit(resume)
        let picture = FitPicture(report: report, file: "cv & co.yaml")
        XCTAssertTrue(picture.html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(picture.html.contains(picture.svg))
        XCTAssertTrue(picture.html.contains("<title>Fit of cv &amp; co.yaml</title>"))
        XCTAssertNoThrow(try SVGElements(picture.svg))
    }
}

/// The rectangles and texts of an SVG document, parsed with XMLParser.
struct SVGElements {
    struct Rect {
        var attributes: [String: String]
        var title: String?
        var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }
        subscript(name: String) -> String? { attributes[name] }
    }

    var rects: [Rect] = []
    var texts: [String] = []

    init(_ svg: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        guard parser.parse() else { throw reader.error ?? parser.parserError ?? CocoaError(.coderReadCorrupt) }
        rects = reader.rects
        texts = reader.texts
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var rects: [Rect] = []
        var texts: [String] = []
        var error: Error?
        private var text = ""
        private var open: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            open.append(name)
            text = ""
            if name == "rect" { rects.append(Rect(attributes: attributes)) }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            open.removeLast()
            if name == "title", open.last == "rect", !rects.isEmpty { rects[rects.count - 1].title = text }
            if name == "text" { texts.append(text) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }
}
