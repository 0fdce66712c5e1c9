import Foundation
import XCTest

/// `-` for the résumé reads standard input, as an editor or a pipe hands it over; findings name
/// it `<stdin>`, and what cannot be done with it (`fit --write`, `watch`) is refused up front.
final class StandardInputTests: XCTestCase {
    let resume = CommandRunner()

    private func example(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: CommandRunner.example(name)))
    }

    func testRenderAndLintReadStandardInput() throws {
        let rendered = try resume.run(["render", "-", "--format", "text"], input: try example("minimal.yaml"))
        XCTAssertEqual(rendered.status, 0, rendered.stderr)
        let file = try resume.run(["render", CommandRunner.example("minimal.yaml"), "--format", "text"])
        XCTAssertEqual(rendered.stdout, file.stdout, "the same text as from the file")

        let linted = try resume.run(["lint", "-"], input: try example("cv.yaml"))
        XCTAssertEqual(linted.status, 0, linted.stderr)
        XCTAssertTrue(linted.stdout.hasPrefix("<stdin>: 2 pages in theme classic"), linted.stdout)
        let stats = try resume.run(["stats", "-"], input: try example("cv.yaml"))
        XCTAssertEqual(stats.status, 0, stats.stderr)
        XCTAssertTrue(stats.stdout.hasPrefix("<stdin>: 2 pages in theme classic"), stats.stdout)
    }

    func testFindingsAreAtStandardInputsLines() throws {
        let broken = Data("basics:\n  nme: Ada\n".utf8)
        let linted = try resume.run(["lint", "-", "--format", "json"], input: broken)
        XCTAssertEqual(linted.status, 2)
        XCTAssertTrue(linted.stderr.contains("<stdin>:2:3: error: unknown key 'nme' in basics; did you mean 'name'?"), linted.stderr)
        let rendered = try resume.run(["render", "-", "--format", "html"], input: broken)
        XCTAssertEqual(rendered.status, 2)
        XCTAssertTrue(rendered.stderr.contains("<stdin>:2:3: error:"), rendered.stderr)
        XCTAssertEqual(rendered.stdout, "", "nothing written")
    }

    func testImportReadsStandardInput() throws {
        let fixture = CommandRunner.packageRoot.appendingPathComponent("Tests/ResumeKitTests/Fixtures/json-resume/extras.json")
        let piped = try resume.run(["import", "-"], input: try Data(contentsOf: fixture))
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertTrue(piped.stdout.hasPrefix("# Imported from the JSON Resume document <stdin> by `resume import`."), piped.stdout)
        XCTAssertTrue(piped.stderr.contains("<stdin>:6:5: warning: basics: 'picture' imported as 'image'"), piped.stderr)
        let file = try resume.run(["import", fixture.path])
        XCTAssertEqual(piped.stdout.split(separator: "\n").dropFirst(), file.stdout.split(separator: "\n").dropFirst(), "the same résumé as from the file")
    }

    func testWhatNeedsAFileIsRefused() throws {
        let write = try resume.run(["fit", "-", "--pages", "2", "--write"], input: try example("cv.yaml"))
        XCTAssertEqual(write.status, 2, "invalid usage")
        XCTAssertTrue(write.stderr.contains("standard input ('-') cannot be written back"), write.stderr)
        XCTAssertEqual(write.stdout, "", "the résumé is not written to standard output instead")
        let fit = try resume.run(["fit", "-", "--pages", "2"], input: try example("cv.yaml"))
        XCTAssertEqual(fit.status, 0, fit.stderr)
        XCTAssertTrue(fit.stdout.hasPrefix("<stdin>: 2 pages"), fit.stdout)
        XCTAssertTrue(fit.stdout.hasSuffix("set these values in the résumé's meta.layout (standard input cannot be written back)\n"), fit.stdout)
        let watch = try resume.run(["watch", "-", "-o", "cv.html"], input: try example("cv.yaml"))
        XCTAssertEqual(watch.status, 2, "invalid usage")
        XCTAssertTrue(watch.stderr.contains("standard input ('-') is read once"), watch.stderr)
    }
}
