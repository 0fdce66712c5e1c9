import Foundation
import XCTest

/// `Formula/resume.rb`, the Homebrew formula of a tap: Homebrew cannot be had here, so the test
/// reads the formula for the steps it must take, each tied to what the repository holds.
final class HomebrewFormulaTests: XCTestCase {
    func testTheFormulaBuildsInstallsAndTests() throws {
        let root = CommandRunner.packageRoot
        let formula = try String(contentsOf: root.appendingPathComponent("Formula/resume.rb"), encoding: .utf8)
        let steps = [
            #"system "swift", "build", *args, "--configuration", "release", "--product", "resume""#,
            #"["--static-swift-stdlib"]"#,  // a binary that runs without the toolchain on Linux
            #"bin.install ".build/release/resume""#,
            #"man1.install "docs/man/resume.1""#,
            #"generate_completions_from_executable(bin/"resume", "--generate-completion-script")"#,
            #"system bin/"resume", "init", testpath/"cv.yaml""#,
            ##"assert_match "no problems in 1 file", shell_output("#{bin}/resume lint #{testpath}/cv.yaml")"##,
        ]
        for step in steps {
            XCTAssertTrue(formula.contains(step), "the formula has: \(step)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("docs/man/resume.1").path))
        XCTAssertTrue(formula.contains("class Resume < Formula\n") && formula.hasSuffix("end\n"))
        // What the formula's test expects of a starter résumé is what resume does.
        let folder = try temporaryDirectory(self)
        XCTAssertEqual(try CommandRunner().run(["init", "cv.yaml"], in: folder).status, 0)
        let lint = try CommandRunner().run(["lint", "cv.yaml"], in: folder)
        XCTAssertEqual(lint.status, 0, lint.stderr)
        XCTAssertTrue(lint.stdout.contains("no problems in 1 file"), lint.stdout)
    }
}
