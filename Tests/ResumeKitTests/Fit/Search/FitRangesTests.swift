import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeFit
@testable import TeXTypesetting

/// The `fit:` ranges of theme manifests, a résumé's `meta.layout`, and the edit `--write` makes.
final class FitRangesTests: XCTestCase {
    // MARK: Theme ranges

    func testBuiltinThemesDeclareRangesATypographerAccepts() throws {
        for name in Theme.builtinNames {
            let theme = try XCTUnwrap(Theme.builtin(named: name))
            let fit = theme.manifest.fit
            XCTAssertEqual(Set(fit.keys), Set(FitKnob.allCases), "\(name) lets every knob move")
            XCTAssertGreaterThanOrEqual(try XCTUnwrap(fit[.fontSize]).from.magnitude, 9, "\(name): no body text below 9pt")
            let ownMargins = theme.manifest.layout.margins
            for knob in [FitKnob.topMargin, .sideMargin] {
                let own = knob == .topMargin ? ownMargins.top : ownMargins.left
                // At least 1.5cm, or the theme's own margin where its design is tighter (compact).
                XCTAssertGreaterThanOrEqual(
                    try XCTUnwrap(fit[knob]).from.magnitude, min(Length(15, .mm).points, own.points) - 1e-6, "\(name) \(knob)")
            }
            for (knob, range) in fit {
                XCTAssertTrue(range.contains(knob.value(in: theme.manifest.layout)), "\(name) \(knob) holds the theme's value")
                // Every type size has Latin Modern metrics of its own family at that size.
                if knob == .fontSize {
                    for size in range.values {
                        XCTAssertNotNil(
                            LatinModern.font(series: .regular, shape: .upright, size: TeXLength.scaledPoints(try XCTUnwrap(size.length))),
                            "\(name) \(size)")
                    }
                }
            }
        }
    }

    func testAChildThemeInheritsRangesValueByValue() throws {
        let modern = try XCTUnwrap(Theme.builtin(named: "modern")).manifest.fit
        let classic = try XCTUnwrap(Theme.builtin(named: "classic")).manifest.fit
        XCTAssertEqual(modern[.lineSpacing]?.from, classic[.lineSpacing]?.from)
        XCTAssertEqual(modern[.lineSpacing]?.to, FitValue(factor: 1.35), "modern's own end")
        XCTAssertEqual(modern[.sideMargin], classic[.sideMargin])
    }

    func testRangeValuesRunFromTheStartInStepsAndEndAtTheEnd() {
        let range = FitRange(from: FitValue(Length(15, .mm)), to: FitValue(Length(2, .cm)), step: FitValue(Length(1.5, .mm)))
        XCTAssertEqual(range.values.map(\.description), ["15mm", "16.5mm", "18mm", "19.5mm", "20mm"])
        let factors = FitRange(from: FitValue(factor: 1.15), to: FitValue(factor: 1.3), step: FitValue(factor: 0.05))
        XCTAssertEqual(factors.values.map(\.description), ["1.15", "1.2", "1.25", "1.3"])
    }

    func testBadRangesAreReportedWhereTheyAreWritten() throws {
        let root = try folder([
            "theme.yaml": """
                name: mine
                extends: classic
                fit:
                  fontSize: {from: 11pt, to: 9pt, step: 0.5pt}
                  sideMargin: {from: 10mm, to: 30mm, step: 0mm}
                  entrySpacing: {from: 2pt, to: 3pt}
                  topMargin: {from: 15mm, to: 100mm, step: 1mm}
                  itemSpacing: {from: wide, to: 2pt, step: 1pt}
                  sectionSpacing: {from: 10pt, to: 12pt, step: 1pt}

                """
        ])
        // Each at the range's `from`; entrySpacing's step comes from classic, value by value.
        XCTAssertEqual(try problems(root), [
            "./mine/theme.yaml:4:20: 'fit.fontSize' runs from 11pt to 9pt; 'from' must not be larger than 'to'",
            "./mine/theme.yaml:5:22: 'fit.sideMargin' has a step of 0mm; it must be larger than zero",
            "./mine/theme.yaml:6:24: 'fit.entrySpacing' runs from 2pt to 3pt, which leaves out the theme's own value 5pt",
            "./mine/theme.yaml:7:21: 'fit.topMargin' runs from 15mm to 100mm; expected a length from 0pt to 200pt at each end",
            "./mine/theme.yaml:8:23: 'fit.itemSpacing.from' is 'wide'; expected a length such as 10pt",
            "./mine/theme.yaml:9:26: 'fit.sectionSpacing' runs from 10pt to 12pt, which leaves out the theme's own value 9pt",
        ])
    }

    func testAThemeThatMovesAValuePastItsParentsRangeKeepsItFixed() throws {
        let root = try folder(["theme.yaml": "name: mine\nextends: classic\nlayout:\n  fontSize: 12pt\n"])
        let theme = try Theme.resolve(root.appendingPathComponent("mine").path)
        XCTAssertNil(theme.manifest.fit[.fontSize], "12pt is past classic's 11pt: the size stays put")
        XCTAssertNotNil(theme.manifest.fit[.sideMargin])
    }

    // MARK: meta.layout

    func testMetaLayoutIsReadAndAppliedToLaTeXAndTheFit() throws {
        let classic = try XCTUnwrap(Theme.builtin(named: "classic"))
        let plain = try resume("")
        let adjusted = try resume("meta:\n  layout: {fontSize: 9.5pt, lineSpacing: 1.2, sideMargin: 16mm, entrySpacing: 3pt}\n")
        XCTAssertEqual(adjusted.meta.layout.values[.fontSize], FitValue(Length(9.5, .pt)))
        let latex = try Renderer(theme: classic).render(adjusted, as: .tex)
        XCTAssertTrue(latex.contains("\\fontsize{9.5pt}{11.4pt}"), "9.5 × 1.2")
        XCTAssertTrue(latex.contains("left=16mm,right=16mm"))
        XCTAssertTrue(latex.contains("\\cvstart{0}{3pt}"))
        XCTAssertNotEqual(latex, try Renderer(theme: classic).render(plain, as: .tex))
        let engine = FitEngine(theme: classic)
        XCTAssertGreaterThan(
            try engine.fit(adjusted).linesPerPage, try engine.fit(plain).linesPerPage, "a smaller baseline distance holds more lines")
        XCTAssertEqual(adjusted.meta.layout.problems(in: classic).count, 0)
    }

    func testMetaLayoutOutsideTheThemesRangesIsReported() throws {
        let adjusted = try resume("meta:\n  layout: {fontSize: 8pt, topMargin: 3cm}\n")
        let problems = adjusted.meta.layout.problems(in: try XCTUnwrap(Theme.builtin(named: "classic")))
        XCTAssertEqual(problems.map(\.message), [
            "meta.layout.topMargin is 3cm; theme 'classic' allows 15mm to 20mm",
            "meta.layout.fontSize is 8pt; theme 'classic' allows 9.5pt to 11pt",
        ])
    }

    func testMalformedMetaLayoutIsAnErrorAtItsPlace() {
        let result = ResumeLoader.load(
            yaml: "basics: {name: Ada Park}\nmeta:\n  layout:\n    fontSize: big\n    lineSpacing: 3\n    margin: 1cm\n",
            file: "cv.yaml")
        XCTAssertNil(result.resume)
        XCTAssertEqual(result.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }, [
            "4:15: meta.layout.fontSize is 'big'; expected a length such as 10pt or 16mm",
            "5:18: meta.layout.lineSpacing is '3'; expected a number from 1 to 2",
            "6:5: unknown key 'margin' in meta.layout",
        ])
    }

    // MARK: --write

    func testWriteReplacesValuesInPlaceAndKeepsComments() throws {
        let yaml = """
            basics: {name: Ada Park}  # me
            meta:
              locale: en   # English
              layout:
                fontSize: 10pt   # was 10
                sideMargin: "18mm"
            # the end

            """
        let text = try edit(yaml, [.fontSize: FitValue(Length(9.5, .pt)), .sideMargin: FitValue(Length(16, .mm)), .itemSpacing: FitValue(Length(0.5, .pt))])
        XCTAssertEqual(text, """
            basics: {name: Ada Park}  # me
            meta:
              locale: en   # English
              layout:
                itemSpacing: 0.5pt
                fontSize: 9.5pt   # was 10
                sideMargin: 16mm
            # the end

            """)
    }

    func testWriteAddsToAFlowMappingOrAddsLayoutToMeta() throws {
        XCTAssertEqual(
            try edit("basics: {name: Ada Park}\nmeta: {locale: en, layout: {fontSize: 10pt}}\n", [.fontSize: FitValue(Length(9.5, .pt)), .lineSpacing: FitValue(factor: 1.2)]),
            "basics: {name: Ada Park}\nmeta: {locale: en, layout: {fontSize: 9.5pt, lineSpacing: 1.2}}\n")
        XCTAssertEqual(
            try edit("basics: {name: Ada Park}\nmeta:\n  # language\n  locale: en\n", [.entrySpacing: FitValue(Length(3, .pt))]),
            "basics: {name: Ada Park}\nmeta:\n  # language\n  layout: {entrySpacing: 3pt}\n  locale: en\n")
        XCTAssertEqual(
            try edit("basics: {name: Ada Park}\n", [.entrySpacing: FitValue(Length(3, .pt))]),
            "basics: {name: Ada Park}\n\nmeta:\n  layout: {entrySpacing: 3pt}\n")
    }

    func testWriteRefusesJSON() throws {
        let json = #"{"basics": {"name": "Ada Park"}}"#
        let loaded = try XCTUnwrap(ResumeLoader.load(yaml: json, file: "cv.json").resume)
        XCTAssertThrowsError(try LayoutEdit(source: json, resume: loaded, file: "cv.json").applying(LayoutOverrides([.fontSize: FitValue(Length(9.5, .pt))])))
    }
}

private extension FitRangesTests {
    func resume(_ meta: String) throws -> Resume {
        let yaml = "basics: {name: Ada Park}\nwork:\n  - name: Acme\n    highlights: [Built the thing, Ran the other thing]\n" + meta
        let result = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
        return try XCTUnwrap(result.resume, "\(result.diagnostics)")
    }

    func edit(_ yaml: String, _ values: [FitKnob: FitValue]) throws -> String {
        let result = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
        let loaded = try XCTUnwrap(result.resume, "\(result.diagnostics)")
        var overrides = loaded.meta.layout
        overrides.values.merge(values) { _, new in new }
        return try LayoutEdit(source: yaml, resume: loaded, file: "cv.yaml").applying(overrides)
    }

    /// A folder holding the theme `mine` with `files`, removed after the test.
    func folder(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("resume-fit-\(UUID().uuidString)")
        for (path, text) in files {
            let file = root.appendingPathComponent("mine").appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        return root
    }

    /// The manifest problems of `./mine`, loaded from `root` as the current folder.
    func problems(_ root: URL) throws -> [String] {
        let current = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(root.path)
        defer { FileManager.default.changeCurrentDirectoryPath(current) }
        do {
            _ = try Theme.resolve("./mine")
            XCTFail("the theme loads")
            return []
        } catch ThemeError.invalidManifest(let problems) {
            return problems.messages
        }
    }
}
