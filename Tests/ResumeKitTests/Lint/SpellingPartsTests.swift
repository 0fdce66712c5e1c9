import Foundation
import TestSupport
import XCTest
@testable import ResumeKit
@testable import ResumeLint

/// The parts of the `spelling` rule: which words are looked up, the variants' keys, the
/// configuration key, the dictionaries found and the cache of checked words.
final class SpellingPartsTests: XCTestCase {
    func testCodeAddressesNumbersAndAcronymsAreNotWords() {
        let text = "Moved C++ and C# code (snake_case, p95, v2.3, 2x, CI/CD, BERT's) to ada@example.com, https://x.dev and Node.js; and/or I/O e.g. well-tested"
        XCTAssertEqual(SpellingWords.words(in: text).map(\.text), ["Moved", "and", "code", "to", "and", "and", "or", "well-tested"])
    }

    func testWordsKnowTheirOffsetAndWhetherASentenceBeginsThere() {
        let words = SpellingWords.words(in: "Led “Kiwi” at Naver. Then: more")
        XCTAssertEqual(words.map(\.text), ["Led", "Kiwi", "at", "Naver", "Then", "more"])
        XCTAssertEqual(words.map(\.offset), [0, 5, 11, 14, 21, 27])
        XCTAssertEqual(words.map(\.isName), [false, true, false, true, false, false])
    }

    func testTechnicalTermsAreEachWrittenOneWay() {
        XCTAssertGreaterThan(TechnicalTerms.terms.count, 300)
        XCTAssertEqual(TechnicalTerms.byLowercase.count, TechnicalTerms.terms.count, "no two terms differ only in capitals")
        XCTAssertEqual(TechnicalTerms.terms, TechnicalTerms.terms.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) })
        XCTAssertTrue(TechnicalTerms.terms.allSatisfy { !$0.contains(" ") })
    }

    func testVariantKeysJoinSpellingsOfOneWordOnly() {
        func key(_ word: String) -> String { SpellingVariants.spelling(of: word).key }
        func form(_ word: String) -> String { SpellingVariants.spelling(of: word).form }
        XCTAssertEqual(key("optimise"), key("optimized"))
        XCTAssertEqual([form("optimise"), form("optimized"), form("optimizing")], ["British", "American", "American"])
        XCTAssertEqual(key("colours"), key("color"))
        XCTAssertEqual([form("colourful"), form("colors")], ["British", "American"])
        XCTAssertEqual(key("modelling"), key("modeled"))
        XCTAssertEqual(form("modelling"), "British")
        XCTAssertNotEqual(key("model"), key("modelling"), "'model' is British too")
        XCTAssertEqual([form("centre"), form("center")], ["British", "American"])
        XCTAssertEqual(key("e-mail"), key("Email"))
        XCTAssertNotEqual(form("e-mail"), form("Email"))
        XCTAssertNotEqual(key("four"), key("for"))
        XCTAssertNotEqual(key("filled"), key("filed"))
        XCTAssertNotEqual(key("size"), key("sise"))
        XCTAssertEqual(form("Email"), form("email"))
        XCTAssertNotEqual(form("Javascript"), form("JavaScript"))
    }

    func testTheConfigurationReadsWordsAndLanguage() throws {
        let configuration = try LintConfiguration.parse("spelling:\n  words: [Kakao, naver]\n  language: en-GB\n", file: ".resume-lint.yaml")
        XCTAssertEqual(configuration.spelling, SpellingSettings(words: ["kakao", "naver"], language: "en-GB"))
        XCTAssertTrue(configuration.spelling.contains("Naver"))
    }

    func testBadSpellingSettingsAreReportedAtTheirPlace() {
        let text = "spelling:\n  words: Kakao\n  language: English (UK)\n  dictionary: en\n"
        XCTAssertThrowsError(try LintConfiguration.parse(text, file: ".resume-lint.yaml")) { error in
            let problems = (error as? ConfigurationProblems)?.diagnostics ?? []
            XCTAssertEqual(problems.map { "\($0.location.line):\($0.location.column) \($0.message)" }, [
                "2:10 expected a list of words for spelling.words, such as [Kakao, Naver]",
                "3:13 expected a language tag such as en-US or en-GB for spelling.language",
                "4:3 unknown key 'dictionary' for spelling",
            ])
        }
        XCTAssertThrowsError(try LintConfiguration.parse("spelling:\n  words: [two words]\n", file: "c.yaml")) { error in
            XCTAssertEqual((error as? ConfigurationProblems)?.diagnostics.map(\.message), ["expected one word (no spaces) in spelling.words"])
        }
    }

    func testDictionariesAreFoundByLanguageAndRegion() throws {
        try RequiredTool.hunspell()
        XCTAssertEqual(SpellingDictionary.find(for: "en-GB").map(\.name), ["en_GB"])
        XCTAssertEqual(SpellingDictionary.find(for: "en_US").map(\.name), ["en_US"])
        XCTAssertEqual(SpellingDictionary.find(for: "en").map(\.name), ["en_US", "en_GB"])
        XCTAssertEqual(SpellingDictionary.debianPackage(for: "en"), "hunspell-en-us")
        XCTAssertEqual(SpellingDictionary.debianPackage(for: "en-GB"), "hunspell-en-gb")
        XCTAssertEqual(SpellingDictionary.debianPackage(for: "ko"), "hunspell-ko")
        XCTAssertEqual(SpellingDictionary.debianPackage(for: "fr-CA"), "hunspell-fr")
        XCTAssertEqual(SpellingDictionary.debianPackage(for: "eo"), "myspell-eo")
    }

    func testTheCacheAnswersWithoutHunspellAndOnlyForTheSameDictionaryFiles() throws {
        try RequiredTool.hunspell()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spelling-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionary = try XCTUnwrap(SpellingDictionary.find(for: "en-US").first)
        let cache = SpellingCache(dictionary: dictionary, environment: ["XDG_CACHE_HOME": folder.path])
        XCTAssertEqual(cache.file?.deletingLastPathComponent().path, folder.path + "/resume")
        let words = ["achieved", "acheived", "Kubernetes"]
        let asked = try Speller(dictionary: dictionary, cache: cache).verdicts(for: words)
        XCTAssertEqual(asked[0], .known)
        guard case .unknown(let suggestions) = asked[1] else { return XCTFail("acheived is unknown") }
        XCTAssertEqual(suggestions.first, "achieved")

        // A speller whose library cannot load answers the same from the cache alone…
        let cached = Speller(dictionary: dictionary, cache: cache, library: "libhunspell-absent.so")
        XCTAssertEqual(try cached.verdicts(for: words), asked)
        // …and fails for a word it has not seen, rather than guess.
        XCTAssertThrowsError(try cached.verdicts(for: ["recieving"]))

        // Other dictionary files (another size or time) do not use these answers.
        var changed = dictionary
        changed.identity += "|changed"
        XCTAssertTrue(SpellingCache(dictionary: changed, environment: ["XDG_CACHE_HOME": folder.path]).load().isEmpty)
        XCTAssertNil(SpellingCache(dictionary: dictionary, environment: ["XDG_CACHE_HOME": folder.path, "RESUME_SPELLING_CACHE": "off"]).file)
    }

    func testTheCacheKeepsTheNewestWordsUpToItsLimit() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spelling-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionary = SpellingDictionary(name: "xx_XX", affix: "/nowhere.aff", words: "/nowhere.dic", identity: "test")
        var cache = SpellingCache(dictionary: dictionary, environment: ["XDG_CACHE_HOME": folder.path])
        cache.limit = 2
        cache.save([("one", .known), ("two", .unknown(suggestions: ["to", "tow"])), ("three", .known)])
        XCTAssertEqual(cache.load().map(\.word), ["two", "three"])
        XCTAssertEqual(cache.load().first?.verdict, .unknown(suggestions: ["to", "tow"]))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/resume")
        XCTAssertEqual(leftovers.count, 1, "written in one step, no temporary file left: \(leftovers)")
    }

    /// Words are found from where the last one was, not from the start of its line: a minified
    /// JSON Resume is one line, and its thousands of values must not each scan it from the start.
    func testWordsOfAOneLineFileAreLocatedInLinearTime() throws {
        let highlights = (0..<4_000).map { "\"Shipped feature \($0) quickly\"" }.joined(separator: ",")
        let json = #"{"basics":{"name":"Ada"},"work":[{"name":"Acme","highlights":["# + highlights + "]}]}"
        let resume = try XCTUnwrap(ResumeLoader.load(yaml: json, file: "min.json").resume)
        let locator = WordLocator(resume: resume, source: json)
        let places = try withDeadline(20, "locating 12,000 words on one 150 KB line") {
            (0..<4_000).flatMap { index in
                locator.locate(["Shipped", "quickly"], valueAt: resume.sourceMap["work[0].highlights[\(index)]"]!)
            }
        }
        XCTAssertEqual(places.count, 8_000)
        XCTAssertEqual(places.last?.line, 1)
        let lastStart = try XCTUnwrap(resume.sourceMap["work[0].highlights[3999]"]).column
        XCTAssertEqual(places.last?.column, lastStart + 1 + "Shipped feature 3999 ".count, "at the word, inside its quotes")
    }
}
