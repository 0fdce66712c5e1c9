import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeLint
import TestSupport

/// The checking pipeline returns what it found as a value: loading problems, each language's fit
/// or why there is none, and the findings after configuration and suppressions.
final class ResumeCheckerTests: XCTestCase {
    private let checker = ResumeChecker(options: ResumeChecker.Options())

    func testAFileThatDoesNotLoadIsAReportNotAnError() {
        let checked = checker.check(text: "basics: [not, a, mapping]\n", file: "/nonexistent/cv.yaml")
        XCTAssertNil(checked.loaded.resume)
        XCTAssertTrue(checked.loaded.diagnostics.containsErrors)
        XCTAssertTrue(checked.variants.isEmpty)
        XCTAssertNil(checked.problem)
    }

    func testALoadedFileHasItsFitAndFindings() throws {
        let checked = checker.check(text: "basics: {name: Ada Park, email: ada@example.com}\n", file: "/nonexistent/cv.yaml")
        let variant = try XCTUnwrap(checked.variants.first)
        XCTAssertEqual(checked.variants.count, 1)
        XCTAssertEqual(variant.report?.theme, ThemeChoice.defaultName)
        XCTAssertNil(variant.fitFailure)
        XCTAssertEqual(variant.theme?.name, "classic")
    }

    func testEachLanguageIsCheckedUnlessOneIsChosen() {
        let yaml = "basics: {name: {en: Ada Park, ko: 박에이다}, email: ada@example.com}\n"
        XCTAssertEqual(checker.check(text: yaml, file: "/nonexistent/cv.yaml").variants.map(\.language), ["en", "ko"])
        var chosen = ResumeChecker.Options(languageChosen: true)
        chosen.load.language = "ko"
        XCTAssertEqual(ResumeChecker(options: chosen).check(text: yaml, file: "/nonexistent/cv.yaml").variants.map(\.language), [nil])
    }

    func testAThemeThatDoesNotLoadFromTheFileIsTheUnmeasuredFitFinding() throws {
        let yaml = "basics: {name: Ada Park, email: ada@example.com}\nmeta: {theme: no-such-theme}\n"
        let variant = try XCTUnwrap(checker.check(text: yaml, file: "/nonexistent/cv.yaml").variants.first)
        XCTAssertNil(variant.report)
        XCTAssertNotNil(variant.fitFailure)
        XCTAssertTrue(variant.findings.contains { $0.rule == "fit" && $0.severity == .error }, "\(variant.findings)")
    }

    func testAThemeThatDoesNotLoadFromTheCommandLineIsTheFilesProblem() {
        let checked = ResumeChecker(options: ResumeChecker.Options(theme: "no-such-theme"))
            .check(text: "basics: {name: Ada Park, email: ada@example.com}\n", file: "/nonexistent/cv.yaml")
        guard case .theme(let message)? = checked.problem else { return XCTFail("\(String(describing: checked.problem))") }
        XCTAssertTrue(message.contains("no-such-theme"), message)
    }

    func testWithoutRulesOnlyTheFitIsMeasured() throws {
        let options = ResumeChecker.Options(languageChosen: true, runsRules: false)
        let checked = ResumeChecker(options: options).check(text: "basics: {name: Ada Park}\n", file: "/nonexistent/cv.yaml")
        let variant = try XCTUnwrap(checked.variants.first)
        XCTAssertNotNil(variant.report)
        XCTAssertEqual(variant.findings, [])
    }

    func testFilesAreReportedInTheOrderGivenByTheirNamesInTheFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("checker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["b.yaml", "a.yaml"] {
            try "basics: {name: Ada Park, email: ada@example.com\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let checked = checker.check(["b.yaml", "a.yaml"], in: folder)
        XCTAssertEqual(checked.map(\.file), ["b.yaml", "a.yaml"])
        XCTAssertEqual(checked.flatMap(\.loaded.diagnostics).map(\.location.file), ["b.yaml", "a.yaml"])
        XCTAssertFalse(checked.flatMap(\.loaded.diagnostics).contains { $0.message.contains("cannot read") }, "\(checked)")
    }

    func testABrokenConfigurationIsTheFilesProblem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("checker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "rules: [not a map\n".write(to: folder.appendingPathComponent(".resume-lint.yaml"), atomically: true, encoding: .utf8)
        try "basics: {name: Ada Park}\n".write(to: folder.appendingPathComponent("cv.yaml"), atomically: true, encoding: .utf8)
        let checked = checker.check(["cv.yaml"], in: folder)
        guard case .configuration(let problems)? = checked.first?.problem else { return XCTFail("\(checked)") }
        XCTAssertTrue(problems.diagnostics.containsErrors)
    }

    /// The rules that do not read the fit run while it is measured: the findings are those of
    /// linting with the fit measured first, in the same order, in every theme.
    func testLintingBesideTheFitFindsWhatLintingAfterItFinds() throws {
        var compared = 0
        try forEachExample { subject, chosen in
            var subject = subject
            let measured = MeasuredFit.measure(subject.resume, in: chosen)
            let (findings, besideMeasured) = Linter().lint(subject, besideMeasuring: { measured })
            subject.fit = measured.report
            let after = Linter().lint(subject)
            compared += after.count
            XCTAssertEqual(findings, after, "\(subject.file) in \(chosen.theme?.name ?? "")")
            XCTAssertEqual(besideMeasured.report?.pages, measured.report?.pages)
        }
        XCTAssertGreaterThan(compared, 0, "the examples have no findings to compare")
    }

    /// A lint whose report shows only findings measures only the line-savers they show: its
    /// findings are those of a fit with every item's, and an item has its line-saver exactly
    /// when a finding about it says what to cut — with the rules' options at their defaults and
    /// set otherwise.
    func testOnlyTheLineSaversTheFindingsShowAreMeasured() throws {
        var told = 0
        try forEachExample { subject, chosen in
            let resume = subject.resume
            let every = try XCTUnwrap(MeasuredFit.measure(resume, in: chosen).report)
            for options in [[:], ["item-lines": ["max": 1], "short-last-line": ["words": 4]]] {
                var subject = subject
                subject.options = options
                let some = try XCTUnwrap(MeasuredFit.measure(resume, in: chosen, lineSavers: Linter().lineSavers(for: subject)).report)
                subject.fit = every
                let findings = Linter().lint(subject)
                subject.fit = some
                XCTAssertEqual(Linter().lint(subject), findings, "\(subject.file) in \(every.theme)")
                let cutting = Set(findings.filter { $0.message.contains("to save a line") }.compactMap(\.path))
                told += cutting.count
                XCTAssertEqual(some.items.count, every.items.count)
                for (measured, whole) in zip(some.items, every.items) {
                    XCTAssertEqual(measured.charsToSaveLine, cutting.contains(whole.path) ? whole.charsToSaveLine : nil, "\(whole.path)")
                    var withoutSaver = whole
                    withoutSaver.charsToSaveLine = measured.charsToSaveLine
                    XCTAssertEqual(measured, withoutSaver)
                }
            }
        }
        XCTAssertGreaterThan(told, 0, "no finding in the examples says what to cut")
    }

    /// `body` with each example, loaded, as the subject of a lint without its fit, in each
    /// built-in theme.
    private func forEachExample(_ body: (LintSubject, ChosenTheme) throws -> Void) throws {
        for url in Repository.examples {
            let loaded = ResumeLoader.load(contentsOf: url)
            let resume = try XCTUnwrap(loaded.resume, url.path)
            for theme in ["classic", "compact", "modern"] {
                let chosen = try ChosenTheme(resume, file: url.path, theme: theme, themes: ThemeCache())
                try body(LintSubject(resume: resume, file: url.path, fit: nil, theme: chosen.theme, source: loaded.source), chosen)
            }
        }
    }
}

/// The formats and reporters are tables the command line reads.
final class FormatTablesTests: XCTestCase {
    func testEveryExtensionNamesItsFormat() {
        for format in RenderFormat.allCases {
            for fileExtension in format.fileExtensions {
                XCTAssertEqual(RenderFormat(fileExtension: fileExtension.uppercased()), format, fileExtension)
            }
        }
        XCTAssertNil(RenderFormat(fileExtension: "docx"))
        XCTAssertEqual(RenderFormat.allCases.filter { !$0.needsTheme }, [.jsonResume])
    }

    func testThemeFormatsAreWrittenByTheirTemplates() {
        for format in OutputFormat.allCases {
            XCTAssertEqual(RenderFormat(rawValue: format.rawValue)?.writer, .theme(format))
            XCTAssertEqual(RenderFormat(rawValue: format.rawValue)?.fileExtensions.first, format.fileExtension)
        }
    }

    func testTheReportersAreListedForHelp() {
        XCTAssertEqual(LintReporterKind.list, "human, json, sarif or github")
    }

    func testTheJSONWriterHasTheTwoSpacingsOfTheCommittedOutputs() {
        let value: JSONValue = ["b": [], "a": ["x": 1, "y": true, "z": .null]]
        XCTAssertEqual(value.formatted(.compact), "{\n  \"a\": {\n    \"x\": 1,\n    \"y\": true,\n    \"z\": null\n  },\n  \"b\": []\n}\n")
        XCTAssertEqual(value.formatted(.spaced), "{\n  \"a\" : {\n    \"x\" : 1,\n    \"y\" : true,\n    \"z\" : null\n  },\n  \"b\" : [\n\n  ]\n}\n")
    }

    func testAnEncodableBecomesTheSameValue() throws {
        struct Sample: Encodable {
            var name = "Ada / Park"
            var pages = 2
            var near = false
            var path: String? = nil
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(name, forKey: .name)
                try container.encode(pages, forKey: .pages)
                try container.encode(near, forKey: .near)
                try container.encode(path, forKey: .path)
            }
            enum CodingKeys: String, CodingKey { case name, pages, near, path }
        }
        XCTAssertEqual(try JSONValue(encoding: Sample()), ["name": "Ada / Park", "pages": 2, "near": false, "path": .null])
    }
}

/// A directory stands for the résumés directly in it.
final class ResumeFilesTests: XCTestCase {
    func testADirectoryIsItsYAMLFilesSortedAndNotHiddenOnes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/sub.yaml", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["b.yml", "a.YAML", ".hidden.yaml", "notes.txt"] {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        XCTAssertEqual(try ResumeFiles.expand([folder, "cv.yaml"]), [folder + "/a.YAML", folder + "/b.yml", "cv.yaml"])
        try FileManager.default.removeItem(atPath: folder + "/a.YAML")
        try FileManager.default.removeItem(atPath: folder + "/b.yml")
        XCTAssertThrowsError(try ResumeFiles.expand([folder + "/"])) { error in
            XCTAssertEqual("\(error)", "\(folder)/: no .yaml or .yml files in the directory")
        }
    }
}
