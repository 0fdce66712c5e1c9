import Foundation
import XCTest

@testable import ResumeKit

/// Checks that the committed metric tables are what the generator makes from the installed TFMs.
final class GeneratedMetricsTests: XCTestCase {
    private static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testGeneratedFileIsUpToDate() throws {
        guard Self.lmodernIsInstalled() else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                XCTFail("lmodern's TFM files are not installed; CI must install lmodern")
            }
            throw XCTSkip("lmodern's TFM files are not installed")
        }
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("LatinModern-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.packageRoot.appendingPathComponent("scripts/generate-font-metrics").path, output.path]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let committed = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("Sources/ResumeKit/Fit/Metrics/LatinModern.generated.swift"),
            encoding: .utf8)
        let regenerated = try String(contentsOf: output, encoding: .utf8)
        XCTAssertTrue(committed == regenerated, "LatinModern.generated.swift is stale: run scripts/generate-font-metrics")
    }

    func testEveryFontDecodesWithSaneTables() throws {
        XCTAssertEqual(LatinModern.fontNames.count, 60)
        for name in LatinModern.fontNames {
            let font = try XCTUnwrap(LatinModern.font(named: name))
            XCTAssertEqual(font.widths.first, 0, name)
            XCTAssertGreaterThanOrEqual(font.parameters.count, 7, name)
            XCTAssertEqual(font.characterInfo.count, font.lastCharacter - font.firstCharacter + 1, name)
        }
    }

    func testScalingFollowsTeXAtDesignSize() throws {
        // ec-lmr10 at 10pt: "a" is 5pt (327680sp) wide in TeX (\wd of \hbox{a}).
        let font = try XCTUnwrap(LatinModern.scaledFont(series: .regular, shape: .upright, size: 655360))
        XCTAssertEqual(font.metrics.name, "ec-lmr10")
        XCTAssertEqual(font.width(of: UInt8(ascii: "a")), 327680)
        XCTAssertNil(LatinModern.font(named: "ec-lmss10"))
    }

    private static func lmodernIsInstalled() -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["kpsewhich", "ec-lmr10.tfm"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
