import Foundation
import TestSupport
import XCTest

@testable import ResumeKit

/// Checks that the committed metric tables are what the generator makes from the installed TFMs.
final class GeneratedMetricsTests: XCTestCase {
    func testGeneratedFileIsUpToDate() throws {
        let python3 = try RequiredTool.path(of: "python3")
        let kpsewhich = try RequiredTool.path(of: "kpsewhich", installedBy: "TeX Live")
        guard try ProcessRunner.run(kpsewhich, ["ec-lmr10.tfm"]).status == 0 else {
            try RequiredTool.unavailable("lmodern's TFM files are not installed (install lmodern)")
        }
        guard try ProcessRunner.run(kpsewhich, ["ec-qhvr.tfm"]).status == 0 else {
            try RequiredTool.unavailable("TeX Gyre Heros's TFM files are not installed (install tex-gyre)")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("metrics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let generated = try ProcessRunner.run(
            python3, [Repository.root.appendingPathComponent("scripts/generate-font-metrics").path, folder.path])
        XCTAssertEqual(generated.status, 0, generated.output)
        for file in ["LatinModern.generated.swift", "TeXGyreHeros.generated.swift"] {
            let committed = try String(
                contentsOf: Repository.root.appendingPathComponent("Sources/TeXTypesetting/Metrics/\(file)"), encoding: .utf8)
            let regenerated = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            XCTAssertTrue(committed == regenerated, "\(file) is stale: run scripts/generate-font-metrics")
        }
    }

    func testEveryFontDecodesWithSaneTables() throws {
        XCTAssertEqual(LatinModern.fontNames.count, 98)
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
        XCTAssertNil(LatinModern.font(named: "ec-lmtt10"))
    }

    func testSansFollowsItsFontDefinitions() throws {
        func name(_ series: LatinModern.Series, _ shape: LatinModern.Shape, _ points: Int) -> String? {
            LatinModern.font(family: .sans, series: series, shape: shape, size: points * 65536)?.name
        }
        XCTAssertEqual(name(.regular, .upright, 10), "ec-lmss10")
        XCTAssertEqual(name(.regular, .upright, 11), "ec-lmss12")  // t1lmss.fd: <11-15.5> ec-lmss12
        XCTAssertEqual(name(.regular, .italic, 10), "ec-lmsso10")  // ssub*lmss/m/sl
        XCTAssertEqual(name(.bold, .upright, 24), "ec-lmssbx10")  // one size for every size
        XCTAssertEqual(name(.bold, .italic, 10), "ec-lmssbo10")  // ssub*lmss/bx/sl
        XCTAssertEqual(name(.boldNotExtended, .upright, 10), "ec-lmssbx10")  // ssub*lmss/bx/n
        XCTAssertEqual(name(.regular, .smallCaps, 10), "ec-lmcsc10")  // sub*lmr/m/sc: roman small caps
        XCTAssertEqual(name(.bold, .smallCaps, 10), "ec-lmssbx10")  // undefined: LaTeX falls back to bx/n
        XCTAssertEqual(name(.semiboldCondensed, .upright, 10), "ec-lmssdc10")
        XCTAssertEqual(
            LatinModern.font(family: .sans, series: .regular, shape: .upright, size: 655360, encoding: .ts1)?.name,
            "ts1-lmss10")
    }

    func testHerosFollowsItsFontDefinitions() throws {
        func name(_ series: LatinModern.Series, _ shape: LatinModern.Shape, _ points: Int) -> String? {
            LatinModern.font(family: .heros, series: series, shape: shape, size: points * 65536)?.name
        }
        XCTAssertEqual(name(.regular, .upright, 10), "ec-qhvr")
        XCTAssertEqual(name(.regular, .upright, 26), "ec-qhvr")  // one design, scaled to every size
        XCTAssertEqual(name(.regular, .italic, 10), "ec-qhvri")
        XCTAssertEqual(name(.regular, .slanted, 10), "ec-qhvri")  // sub*qhv/m/it
        XCTAssertEqual(name(.bold, .upright, 10), "ec-qhvb")  // ssub*qhv/b/n: \textbf's bx is Heros's bold
        XCTAssertEqual(name(.bold, .italic, 10), "ec-qhvbi")
        XCTAssertEqual(name(.regular, .smallCaps, 10), "ec-qhvr-sc")  // Heros's own small capitals
        XCTAssertNil(name(.semiboldCondensed, .upright, 10))
        XCTAssertEqual(
            LatinModern.font(family: .heros, series: .bold, shape: .upright, size: 655360, encoding: .ts1)?.name,
            "ts1-qhvb")
        // Heros at 10pt: "a" is 0.556 of an em wide (tftopl ec-qhvr.tfm: CHARWD R 0.556).
        let heros = try XCTUnwrap(LatinModern.scaledFont(family: .heros, series: .regular, shape: .upright, size: 655360))
        XCTAssertEqual(Double(try XCTUnwrap(heros.width(of: UInt8(ascii: "a")))) / 655360, 0.556, accuracy: 0.001)
    }
}
