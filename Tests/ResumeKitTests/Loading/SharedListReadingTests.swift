import Foundation
import XCTest
@testable import ResumeKit
@testable import ResumeLoading

/// A long section's second half is read on another core and joined to the first: what it finds
/// — entries, problems, places, languages, tags, and where the text budget runs out — is what
/// reading the list in order finds.
final class SharedListReadingTests: XCTestCase {
    /// 40 jobs, long enough to be read in two halves; job 3 is the first to give text in
    /// languages (de, en), job 30 gives fr and de again; with `problems`, job 10 has a wrong date
    /// and job 35 a misspelt key (without, the same lines are right).
    private static func jobs(problems: Bool = true, tagged: Bool = false) -> String {
        var lines = ["basics: {name: Ada Park}", "work:"]
        for index in 0..<40 {
            lines.append("  - name: Company \(index)")
            switch index {
            case 3: lines.append("    position: {de: Entwicklerin, en: Engineer}")
            case 30: lines.append("    position: {fr: Ingénieure, de: Entwicklerin}")
            default: lines.append("    position: Engineer \(index)")
            }
            if index == 10 { lines.append("    startDate: \(problems ? "2020-13" : "2020-12")") }
            if index == 35 { lines.append("    \(problems ? "positon" : "location"): Lead") }
            if tagged { lines.append("    tags: [\(index % 3 == 0 ? "ml" : "web")]") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func testAListReadInHalvesFindsWhatAReadingInOrderFinds() throws {
        XCTAssertGreaterThanOrEqual(40, MappingReader.entriesWorthSharing, "the list is read in halves")
        let result = load(Self.jobs())
        XCTAssertEqual(result.rendered, [
            "25:16: error: invalid date '2020-13' for work[10].startDate; expected YYYY, YYYY-MM or YYYY-MM-DD",
            "76:5: error: unknown key 'positon' in work[35]; did you mean 'position'?",
        ])
        XCTAssertEqual(result.languages, ["de", "en", "fr"], "in the order first met, across the halves")

        let valid = load(Self.jobs(problems: false))
        let resume = try XCTUnwrap(valid.resume)
        XCTAssertEqual(resume.work.map(\.name), (0..<40).map { "Company \($0)" })
        XCTAssertEqual(resume.work[3].position, "Entwicklerin", "with no language chosen, a text's first")
        XCTAssertEqual(resume.work[30].position, "Ingénieure")
        XCTAssertEqual(resume.work[39].position, "Engineer 39")
        for index in [0, 19, 20, 39] {
            let line = 3 + 2 * index + (index > 10 ? 1 : 0) + (index > 35 ? 1 : 0)
            XCTAssertEqual(resume.sourceMap["work[\(index)]"]?.line, line, "work[\(index)] in the source map")
            XCTAssertEqual(resume.sourceMap["work[\(index)].name"]?.line, line)
        }
    }

    func testTheEntriesATagKeepsAreNumberedAcrossTheHalves() throws {
        var options = LoadOptions()
        options.tags = ["ml"]
        let result = ResumeLoader.load(data: Data(Self.jobs(tagged: true).utf8), file: "cv.yaml", options: options)
        XCTAssertEqual(result.rendered.count, 2, "the problems of the entries left out are still found")
        XCTAssertEqual(result.languages, ["de", "en", "fr"], "job 3 and job 30 are left out but read")

        let valid = Self.jobs(problems: false, tagged: true)
        let resume = try XCTUnwrap(ResumeLoader.load(data: Data(valid.utf8), file: "cv.yaml", options: options).resume)
        let kept = (0..<40).filter { $0 % 3 == 0 }
        XCTAssertEqual(resume.work.map(\.name), kept.map { "Company \($0)" })
        for (number, index) in kept.enumerated() {
            let line = 3 + 3 * index + (index > 10 ? 1 : 0) + (index > 35 ? 1 : 0)
            XCTAssertEqual(resume.sourceMap["work[\(number)]"]?.line, line, "the kept job \(index) is work[\(number)]")
        }
    }

    /// 80 jobs naming one 1 MB text: the budget (64 MB) runs out at job 64, in the second half,
    /// which alone would not have run out. It is reported once, as a reading in order reports it.
    func testTheTextBudgetRunsOutWhereAReadingInOrderRunsOut() throws {
        let long = String(repeating: "a", count: 1_000_000)
        var lines = ["basics: {name: Ada}", "work:"]
        for index in 0..<80 {
            lines.append(index == 0 ? "  - name: &big \(long)" : "  - name: *big")
            lines.append("    position: P\(index)")
        }
        let result = load(lines.joined(separator: "\n") + "\n")
        XCTAssertNil(result.resume)
        XCTAssertEqual(result.rendered, [
            "3:11: error: the résumé's text adds up to more than 64 MB here; an alias (*name) repeating a long value is the usual cause",
        ])
    }
}
