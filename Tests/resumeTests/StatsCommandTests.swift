import Foundation
import XCTest

/// `resume stats` as a user runs it: the item table, and the picture of the fit in SVG and HTML;
/// `resume fit --picture` writes the picture of its answer.
final class StatsCommandTests: XCTestCase {
    let resume = CommandRunner()

    func testTheTableListsEveryItem() throws {
        let result = try resume.run(["stats", CommandRunner.example("cv.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("2 pages in theme classic"), result.stdout)
        XCTAssertTrue(result.stdout.contains("to save a line"), result.stdout)
    }

    func testSVGAndHTMLDrawTheSamePicture() throws {
        let cv = CommandRunner.example("cv.yaml")
        let svg = try resume.run(["stats", cv, "--format", "svg"])
        XCTAssertEqual(svg.status, 0, svg.stderr)
        XCTAssertTrue(svg.stdout.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""), svg.stdout)
        XCTAssertTrue(svg.stdout.contains("class=\"bullet item saver\""), "the items a cut saves a line of are highlighted")
        let html = try resume.run(["stats", cv, "--format", "html"])
        XCTAssertEqual(html.status, 0, html.stderr)
        XCTAssertTrue(html.stdout.contains(svg.stdout), "the page holds the same picture")
        XCTAssertEqual(try resume.run(["stats", cv, "--format", "svg"]).stdout, svg.stdout, "the same bytes every run")
    }

    func testFitWritesThePictureOfItsAnswer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let picture = folder.appendingPathComponent("fit.svg").path
        let result = try resume.run(["fit", CommandRunner.example("cv.yaml"), "--pages", "2", "--picture", picture])
        XCTAssertEqual(result.status, 0, result.stderr)
        let svg = try String(contentsOfFile: picture, encoding: .utf8)
        XCTAssertTrue(svg.hasPrefix("<svg"), svg)
        XCTAssertEqual(svg.components(separatedBy: "class=\"sheet\"").count - 1, 2, "two pages drawn")
        let input = try resume.run(["fit", CommandRunner.example("cv.yaml"), "--pages", "2", "--picture", CommandRunner.example("cv.yaml")])
        XCTAssertEqual(input.status, 2, "the résumé is never written over: \(input.stderr)")
    }
}
