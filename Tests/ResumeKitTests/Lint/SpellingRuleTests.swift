import Foundation
import TestSupport
import XCTest
@testable import ResumeKit
@testable import ResumeLint
@testable import ResumeLoading
@testable import ResumeModel

/// The `spelling` rule with real Hunspell and Debian's English dictionaries.
final class SpellingRuleTests: XCTestCase {
    /// A résumé with misspellings, a word spelt two ways and a name of the trade in the wrong
    /// capitals at known places, among technical terms, names, links and addresses that must pass.
    static let misspelt = """
        basics:
          name: Dmitri Kowalczyk
          label: Machine Lerning Engineer
          email: dmitri.k@exmaple.com
          url: https://dmitri.exmaple.dev
          summary: Engineer who builds relaible search systems with PyTorch, Kubernetes and gRPC.
        work:
          - name: Zyxtronics
            position: Senior Engineer
            location: Wrocław
            highlights:
              - Acheived a 40% cut in serving cost by moving C++ inference to Kubernetes at Zyxtronics
              - Rewrote the e-mail pipeline in Rust, cutting p95 latency from 900 ms to 120 ms (v2.3, CI/CD)
              - Sent 2M email alerts a day; optimized the TensorFlow and scikit-learn models with Hugging Face
              - Tuned ranking with Dmitri's team and Lukas Brändli, and optimised the recieving side of the queue
        projects:
          - name: Fastbook
            description: A libary for fast tokenization of Javascript and JavaScript code at dmitri.exmaple.dev
        meta:
          locale: en-US

        """

    /// Each expected finding: line, column, the word, and the start of the message.
    static let expected: [(line: Int, column: Int, message: String)] = [
        (3, 18, "'Lerning' — did you mean"),
        (6, 32, "'relaible' — did you mean 'reliable'"),
        (12, 9, "'Acheived' — did you mean 'Achieved'"),
        (14, 17, "'email' is written 'e-mail' on line 13; spell it one way throughout"),
        (15, 65, "'optimised' — did you mean 'optimized'"),
        (15, 79, "'recieving' — did you mean 'receiving'"),
        (18, 20, "'libary' — did you mean 'library'"),
        (18, 52, "'Javascript' — did you mean 'JavaScript'?"),
        (18, 67, "'JavaScript' is written 'Javascript' on line 18; spell it one way throughout"),
    ]

    override func setUpWithError() throws {
        try RequiredTool.hunspell()
    }

    func testFindsExactlyTheMisspellingsAtTheirPlaces() throws {
        let findings = try Self.findings(in: Self.misspelt)
        XCTAssertEqual(findings.count, Self.expected.count, findings.map(\.message).joined(separator: "\n"))
        for (finding, expected) in zip(findings, Self.expected) {
            XCTAssertEqual(finding.rule, "spelling")
            XCTAssertEqual(finding.severity, .warning)
            XCTAssertEqual([finding.location.line, finding.location.column], [expected.line, expected.column], finding.message)
            XCTAssertTrue(finding.message.hasPrefix(expected.message), "\(finding.message) starts with \(expected.message)")
        }
        XCTAssertTrue(findings.allSatisfy { !$0.message.hasSuffix(".") }, "no trailing full stop")
    }

    func testEveryReporterFormatHasExactlyTheseFindings() throws {
        let folder = try Self.folder(with: ["cv.yaml": Self.misspelt])
        defer { try? FileManager.default.removeItem(at: folder) }
        let checked = [ResumeChecker(options: .init()).check(folder.appendingPathComponent("cv.yaml"), displayName: "cv.yaml")]
        let places = Self.expected.map { "\($0.line):\($0.column)" }

        let human = LintReporterKind.human.reporter().report(files: checked)
        let humanPlaces = human.split(separator: "\n").filter { $0.hasSuffix("[spelling]") }.map { line in
            line.split(separator: ":").dropFirst().prefix(2).joined(separator: ":")
        }
        XCTAssertEqual(humanPlaces, places, human)

        let json = try JSONSerialization.jsonObject(with: Data(LintReporterKind.json.reporter().report(files: checked).utf8)) as? [String: Any]
        let files = try XCTUnwrap(json?["files"] as? [[String: Any]])
        let diagnostics = try XCTUnwrap(files.first?["diagnostics"] as? [[String: Any]])
        let jsonPlaces = diagnostics.filter { $0["rule"] as? String == "spelling" }.map { "\($0["line"]!):\($0["column"]!)" }
        XCTAssertEqual(jsonPlaces, places)

        let github = LintReporterKind.github.reporter().report(files: checked)
        let githubPlaces = github.split(separator: "\n").filter { $0.contains("title=spelling") }.map { line in
            let fields = line.split(separator: ",")
            let number = { (key: String) in fields.first { $0.hasPrefix(key) }.map { $0.dropFirst(key.count).prefix { $0.isNumber } } ?? "" }
            return "\(number("line=")):\(number("col="))"
        }
        XCTAssertEqual(githubPlaces, places, github)

        let sarif = try JSONSerialization.jsonObject(with: Data(LintReporterKind.sarif.reporter().report(files: checked).utf8)) as? [String: Any]
        let results = try XCTUnwrap((sarif?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let sarifPlaces = results.filter { $0["ruleId"] as? String == "spelling" }.compactMap { result -> String? in
            let region = ((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
            return region.map { "\($0["startLine"]!):\($0["startColumn"]!)" }
        }
        XCTAssertEqual(sarifPlaces, places)
    }

    func testThePersonalWordListAndSuppressionsSilenceFindings() throws {
        let suppressed = Self.misspelt
            .replacingOccurrences(of: "relaible search systems with PyTorch, Kubernetes and gRPC.", with: "relaible search systems with PyTorch.  # resume-lint: disable-line spelling")
            .replacingOccurrences(of: "        projects:", with: "        # resume-lint: disable-next-line spelling\n        projects:")
        let folder = try Self.folder(with: [
            "cv.yaml": suppressed,
            ".resume-lint.yaml": "spelling:\n  words: [lerning, Acheived, recieving]\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let checked = ResumeChecker(options: .init()).check(folder.appendingPathComponent("cv.yaml"), displayName: "cv.yaml")
        let words = checked.variants.flatMap(\.findings).filter { $0.rule == "spelling" }.map { $0.message.split(separator: "'")[0] }
        // Left: the e-mail/email pair, optimised (under en-US), and the project line (the comment
        // is on the line before `projects:`, not before the description).
        XCTAssertEqual(words, ["email", "optimised", "libary", "Javascript", "JavaScript"])
    }

    func testTheSameWordSpeltTwoWays() throws {
        let yaml = """
            basics:
              name: Ada Park
              summary: Engineer who likes to optimise models and e-mail summaries
            work:
              - name: Acme
                highlights:
                  - Optimized inference for the Javascript client
                  - Sent email digests from the JavaScript client; Email is cheap
            meta:
              locale: en

            """
        let findings = try Self.findings(in: yaml)
        XCTAssertEqual(findings.map { "\($0.location.line):\($0.location.column) \($0.message)" }, [
            "7:9 'Optimized' is American spelling but 'optimise' on line 3 is British; spell the word one way throughout",
            "7:37 'Javascript' — did you mean 'JavaScript'?",
            "8:14 'email' is written 'e-mail' on line 3; spell it one way throughout",
            "8:37 'JavaScript' is written 'Javascript' on line 7; spell it one way throughout",
        ])
    }

    func testTheConfiguredLanguagePicksTheDictionary() throws {
        let yaml = "basics:\n  name: Ada Park\n  summary: Organised the colour calibration of the labelling team\nmeta:\n  locale: en\n"
        XCTAssertEqual(try Self.findings(in: yaml).count, 0, "en accepts British and American spellings")
        XCTAssertEqual(try Self.findings(in: yaml, settings: SpellingSettings(language: "en-GB")).count, 0)
        let american = try Self.findings(in: yaml, settings: SpellingSettings(language: "en-US"))
        XCTAssertEqual(american.map { $0.message.split(separator: "'")[0] }, ["Organised", "colour", "labelling"])
        // A language other than the résumé's does not replace it.
        XCTAssertEqual(try Self.findings(in: yaml, settings: SpellingSettings(language: "de-DE")).count, 0)
    }

    func testWithoutTheLibraryTheRuleSaysSoOnceAndDoesNotCrash() throws {
        var rule = SpellingRule()
        rule.library = "libhunspell-absent-\(UUID().uuidString).so"
        _ = SpellingNotes.take()
        XCTAssertEqual(try Self.findings(in: Self.misspelt, rule: rule).filter { $0.message.contains("did you mean") }.map(\.message),
                       ["'Javascript' — did you mean 'JavaScript'?"], "only what needs no dictionary")
        _ = try Self.findings(in: Self.misspelt, rule: rule)
        let notes = SpellingNotes.take()
        XCTAssertEqual(notes.count, 1, "\(notes)")
        XCTAssertTrue(notes.first?.hasSuffix("apt-get install libhunspell-1.7-0 hunspell-en-us") ?? false, "\(notes)")
    }

    func testWithoutTheDictionaryTheNoteNamesItsPackage() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("no-dictionaries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        var rule = SpellingRule()
        rule.dictionaryFolders = [empty.path]
        _ = SpellingNotes.take()
        let yaml = Self.misspelt.replacingOccurrences(of: "locale: en-US", with: "locale: en-GB")
        XCTAssertEqual(try Self.findings(in: yaml, rule: rule).map { $0.message.split(separator: "'")[0] }, ["email", "optimised", "Javascript", "JavaScript"],
                       "only the words spelt two ways, and the name of the trade in other capitals")
        XCTAssertEqual(SpellingNotes.take(), [
            "spelling was not checked: no Hunspell dictionary for en-GB is installed; on Debian: apt-get install libhunspell-1.7-0 hunspell-en-gb",
        ])
    }

    func testKoreanTextIsNotJudgedByAnEnglishDictionary() throws {
        let yaml = "basics:\n  name: 윤서하\n  summary: 자연어 처리 연구 — built a relaible tokenizer\nmeta:\n  locale: en\n"
        let findings = try Self.findings(in: yaml)
        XCTAssertEqual(findings.count, 1, "\(findings.map(\.message))")
        XCTAssertTrue(findings.first?.message.hasPrefix("'relaible' — did you mean 'reliable'") ?? false)
        XCTAssertEqual(findings.first.map { [$0.location.line, $0.location.column] }, [3, 32])
    }

    func testAResumeInAnotherLatinLanguageGetsOneFindingNotOneAWord() throws {
        // Vietnamese with meta.locale left at English: one finding naming the letters English
        // does not use, at the first such word; no word is judged by the English dictionary.
        let yaml = """
            basics:
              name: Nguyễn Thu Hương
              summary: Kỹ sư phát triển ứng dụng di động, xây dựng hệ thống thanh toán cho ngân hàng
            meta:
              locale: en

            """
        let findings = try Self.findings(in: yaml)
        XCTAssertEqual(findings.count, 1, "\(findings.map(\.message))")
        let message = try XCTUnwrap(findings.first?.message)
        XCTAssertTrue(message.hasPrefix("'Kỹ' and "), message)
        XCTAssertTrue(message.contains("letters en does not use (ỹ ư á ể ứ"), message)
        XCTAssertTrue(message.contains("set meta.locale"), message)
        XCTAssertEqual(findings.first.map { [$0.location.line, $0.location.column] }, [3, 12])
        // A few such words in English text are names and places, judged by nobody, and the rest
        // of the text is still checked.
        let english = """
            basics:
              name: Nguyễn Thu Hương
              summary: Built a relaible payments system for a bank in Hà Nội and Đà Nẵng, with the café's team
            meta:
              locale: en

            """
        let englishFindings = try Self.findings(in: english)
        XCTAssertEqual(englishFindings.map(\.message).first?.hasPrefix("'relaible' — did you mean 'reliable'"), true)
        XCTAssertEqual(englishFindings.count, 1, "\(englishFindings.map(\.message))")
    }

    // MARK: - Helpers

    static func findings(in yaml: String, rule: SpellingRule = SpellingRule(), settings: SpellingSettings = SpellingSettings()) throws -> [Diagnostic] {
        let result = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
        let resume = try XCTUnwrap(result.resume, "\(result.diagnostics)")
        var subject = LintSubject(resume: resume, file: "cv.yaml", fit: nil, theme: nil, source: result.source)
        subject.spelling = settings
        return rule.check(subject)
    }

    static func folder(with files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spelling-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }
}
