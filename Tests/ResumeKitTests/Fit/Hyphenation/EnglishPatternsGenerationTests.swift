import Foundation
import TestSupport
import XCTest

/// The committed `EnglishPatterns.generated.swift` must be what `scripts/generate-hyphenation`
/// writes from the installed TeX Live.
final class EnglishPatternsGenerationTests: XCTestCase {
    func testGeneratedPatternsAreUpToDate() throws {
        let python3 = try RequiredTool.path(of: "python3")
        let kpsewhich = try RequiredTool.path(of: "kpsewhich", installedBy: "TeX Live")
        guard try ProcessRunner.run(kpsewhich, ["hyphen.tex"]).status == 0 else {
            try RequiredTool.unavailable("kpsewhich cannot find hyphen.tex (install TeX Live)")
        }
        let generated = try ProcessRunner.run(
            python3, [Repository.root.appendingPathComponent("scripts/generate-hyphenation").path, "--stdout"])
        let committed = try String(
            contentsOf: Repository.root.appendingPathComponent("Sources/TeXHyphenation/EnglishPatterns.generated.swift"),
            encoding: .utf8)
        XCTAssertEqual(generated.status, 0, generated.stderr)
        XCTAssertTrue(generated.stdout == committed, "run scripts/generate-hyphenation to update the patterns")
    }
}
