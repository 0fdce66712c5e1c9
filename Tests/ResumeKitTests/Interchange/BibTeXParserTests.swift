import Foundation
import XCTest

@testable import ResumeKit
@testable import ResumeLoading

/// The BibTeX reader: what it takes, and every problem it reports at its place.
final class BibTeXParserTests: XCTestCase {
    private func parse(_ text: String) -> BibTeXDatabase {
        BibTeXParser.parse(text, file: "refs.bib")
    }

    /// Each error as `line:col: message`.
    private func errors(_ text: String) -> [String] {
        parse(text).diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    func testEntriesWithBracesQuotesNumbersAndParentheses() throws {
        let database = parse(
            """
            @Article{a1, Title = {A {Nested} Title}, year = 2020, note = "in {\\"q}uotes {with {braces}}",}
            @book(b2,
              title = {Second}
            )
            """)
        XCTAssertEqual(database.diagnostics, [])
        XCTAssertEqual(database.entries.map(\.type), ["article", "book"])
        XCTAssertEqual(database.entries.map(\.key), ["a1", "b2"])
        let first = database.entries[0]
        XCTAssertEqual(first["title"], "A {Nested} Title")
        XCTAssertEqual(first["TITLE"], "A {Nested} Title", "field names are case-insensitive")
        XCTAssertEqual(first["year"], "2020")
        XCTAssertEqual(first["note"], #"in {\"q}uotes {with {braces}}"#, "a quote inside braces does not end the value")
        XCTAssertEqual(first.location, SourceLocation(file: "refs.bib", line: 1, column: 1))
        XCTAssertEqual(first.field("year")?.location, SourceLocation(file: "refs.bib", line: 1, column: 49))
        XCTAssertEqual(database.entries[1].field("title")?.location.line, 3)
    }

    func testStringMacrosConcatenationAndMonths() {
        let database = parse(
            """
            @string{ conf = "Proceedings of " }
            @STRING(venue = conf # {ACL})
            @inproceedings{x, booktitle = venue # ", " # 2023, month = oct, year = {2023}}
            """)
        XCTAssertEqual(database.diagnostics, [])
        XCTAssertEqual(database.entries.first?["booktitle"], "Proceedings of ACL, 2023")
        XCTAssertEqual(database.entries.first?["month"], "October")
    }

    func testCommentsPreambleAndTextOutsideEntriesAreSkipped() {
        let database = parse(
            """
            Some notes before anything.
            @comment{ @article{hidden, title = {no}} }
            @preamble{ "\\newcommand{\\x}{y}" # "z" }
            @comment this line is text
            @misc{shown, title = {yes}}
            trailing text
            """)
        XCTAssertEqual(database.diagnostics, [])
        XCTAssertEqual(database.entries.map(\.key), ["shown"])
    }

    func testEveryProblemIsReportedAtItsPlaceInOneRun() {
        XCTAssertEqual(
            errors(
                """
                @article{one, title = {Fine}}
                @article{two title = {Missing comma}}
                @article{three, journal = unknownmacro}
                @article{one, title = {Again}}
                @article{four, title = {A} title = {B}}
                @article{five, title = {A}, title = {B}}
                @article{six, = {no name}}
                @article{seven, title {no equals}}
                @{eight}
                @article{nine, title = {ok}}
                """),
            [
                "2:14: expected ',' after the citation key two, found 't'",
                "3:27: unknown macro unknownmacro: define it with @string{unknownmacro = {…}} before it is used, or put the text in braces",
                "4:10: citation key one is used twice (first at line 1)",
                "5:28: expected ',' or '}' after the field title, found 't'",
                "6:29: field title appears twice in entry five",
                "7:15: expected a field name in entry six, found '='",
                "8:23: expected '=' after the field name title, found '{'",
                "9:2: expected an entry type after '@' (such as article), found '{'",
            ])
        XCTAssertEqual(
            parse("@article{one, title = {Fine}}\n@article{bad title}\n@article{nine, title = {ok}}").entries.map(\.key),
            ["one", "nine"], "reading goes on after an error")
    }

    func testUnclosedBracesAndQuotesNameWhereTheyOpen() {
        XCTAssertEqual(
            errors("@article{a,\n  title = {Open {inner} and never closed,\n  year = 2020\n"),
            [
                "2:11: unclosed brace in the value: expected '}' to match the '{' at line 2, column 11"
            ])
        XCTAssertEqual(
            errors("@article{a, title = {x {y}"),
            [
                "1:21: unclosed brace in the value: expected '}' to match the '{' at line 1, column 21"
            ])
        XCTAssertEqual(
            errors("@article{a, title = \"never ends}"),
            [
                "1:32: unmatched '}' in a quoted value (the quote opens at line 1, column 21)"
            ])
        XCTAssertEqual(
            errors("@article{a, title = \"never ends"),
            [
                "1:21: unclosed quote: expected '\"' to end the value that starts here"
            ])
        XCTAssertEqual(
            errors("@article{a, title = {x}"),
            [
                "1:24: expected ',' or '}' after the field title, found the end of the file"
            ])
        XCTAssertEqual(errors("@string{x = {a}"), ["1:9: @string is not closed: expected '}'"])
        XCTAssertEqual(errors("@article"), ["1:9: expected '{' after @article, found the end of the file"])
    }

    func testMacrosAreDefinedOnceAndOnlyBeforeUse() {
        XCTAssertEqual(
            errors("@article{a, journal = later}\n@string{later = {L}}"),
            [
                "1:23: unknown macro later: define it with @string{later = {…}} before it is used, or put the text in braces"
            ])
        XCTAssertEqual(errors("@string{m = {A}}\n@string{M = {B}}"), ["2:9: macro m is defined twice (first at line 1)"])
    }

    func testHostileInputIsRefusedQuicklyWithoutCrashing() {
        let deep = "@article{a, title = " + String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000) + "}"
        XCTAssertEqual(errors(deep), ["1:85: braces nested deeper than 64 levels"])
        let deepQuoted = "@article{a, title = \"" + String(repeating: "{", count: 1000) + "\"}"
        XCTAssertEqual(errors(deepQuoted).first, "1:85: braces nested deeper than 64 levels")

        // Many entries, near the input limit: one pass, all read.
        let entry = "@misc{k%d, title = {A title of some length for the test}, year = 2020}\n"
        let many = (0..<40_000).map { String(format: entry, $0) }.joined()
        let started = Date()
        let database = parse(many)
        XCTAssertEqual(database.entries.count, 40_000)
        XCTAssertEqual(database.diagnostics, [])
        XCTAssertLessThan(Date().timeIntervalSince(started), 20)

        // A NUL byte in a value is a located error before the parser sees it.
        let imported = BibTeXImporter.importDocument(data: Data("@misc{a,\n title = {x\0y}}".utf8), file: "refs.bib")
        XCTAssertNil(imported.yaml)
        XCTAssertEqual(imported.rendered, ["2:12: error: control character U+0000 is not allowed in a BibTeX file"])

        // Accents on accents without braces nest without bound; reading stops nesting at a depth.
        let accents = String(repeating: #"\'"#, count: 500_000) + "e"
        let stacked = BibTeXParser.parse("@misc{a, title = {" + accents + "}}", file: "refs.bib")
        XCTAssertEqual(stacked.diagnostics, [])
        XCTAssertFalse(LaTeXText(try XCTUnwrap(stacked.entries.first?["title"])).text.isEmpty)

        // Only '@' signs, unbalanced closers, binary-looking text: errors, never a crash.
        XCTAssertEqual(errors(String(repeating: "@", count: 1000)).count, 1)
        XCTAssertEqual(parse(String(repeating: "}", count: 1000)).entries, [])
        XCTAssertEqual(
            errors("@article{" + String(repeating: "k", count: 10) + ",").first,
            "1:1: entry kkkkkkkkkk is not closed: expected '}' to match the one at line 1")
    }

    func testMutatedFilesNeverCrashTheReaderOrTheImport() throws {
        // A fixed-seed walk over small edits of a real file: every result is entries or located
        // errors, and every import either writes YAML that loads or writes nothing.
        let source = Array(
            try String(
                contentsOf: TestPaths.testsFolder.appendingPathComponent("Fixtures/bibtex/publications.bib"), encoding: .utf8
            ).unicodeScalars)
        let pieces: [String] = [
            "{", "}", "\"", "@", ",", "=", "#", "\\", "\\'", " and ", "(", ")", "\n", "%", "{\\\"", "--", "~", "$",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            var scalars = source
            for _ in 0..<(1 + next(4)) {
                let at = next(scalars.count)
                switch next(3) {
                case 0: scalars.remove(at: at)
                case 1: scalars.insert(contentsOf: pieces[next(pieces.count)].unicodeScalars, at: at)
                default:
                    scalars.replaceSubrange(
                        at..<min(scalars.count, at + next(20)), with: pieces[next(pieces.count)].unicodeScalars)
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            let database = parse(text)
            XCTAssertTrue(
                database.diagnostics.allSatisfy { $0.severity == .error && $0.location.line >= 1 && $0.location.column >= 1 })
            let imported = BibTeXImporter.importDocument(data: Data(text.utf8), file: "refs.bib")
            XCTAssertNil(imported.internalError, text)
            XCTAssertEqual(imported.yaml == nil, imported.diagnostics.containsErrors, text)
        }
    }

    func testLaTeXBecomesText() {
        let cases: [(String, String)] = [
            (#"M{\"u}ller"#, "Müller"), (#"M\"uller"#, "Müller"), (#"Jos\'e"#, "José"), (#"Jos\'{e}"#, "José"),
            (#"{\ss}"#, "ß"), (#"Stra\ss e"#, "Straße"), (#"Fran\c{c}ois"#, "François"), (#"\v{S}koda"#, "Škoda"),
            (#"{\O}rsted"#, "Ørsted"), (#"Ko\l{}odziej"#, "Kołodziej"), (#"na\"{\i}ve"#, "naïve"),
            (#"\aa{}ngstr\"om"#, "ångström"),
            (#"R\&D"#, "R&D"), ("pages 1--10", "pages 1–10"), ("yes---no", "yes—no"), ("Fig.~3", "Fig. 3"),
            ("{BERT} and {GPT}", "BERT and GPT"), (#"\emph{very} \textbf{bold}"#, "very bold"), ("``quoted''", "“quoted”"),
            (#"50\% of $n$"#, "50% of n"), (#"\H{o}"#, "ő"), ("  spaced\n  out  ", "spaced out"),
        ]
        for (latex, text) in cases {
            XCTAssertEqual(LaTeXText(latex).text, text, latex)
            XCTAssertEqual(LaTeXText(latex).unknownCommands, [], latex)
        }
        let unknown = LaTeXText(#"\foo{kept} and \bar"#)
        XCTAssertEqual(unknown.text, "kept and")
        XCTAssertEqual(unknown.unknownCommands, [#"\foo"#, #"\bar"#])
    }

    func testNamesInEveryForm() {
        let cases: [(String, [String])] = [
            ("Kim, Ji-woo", ["Ji-woo Kim"]),
            ("Ji-woo Kim", ["Ji-woo Kim"]),
            ("Ludwig van Beethoven", ["Ludwig van Beethoven"]),
            ("van Beethoven, Ludwig", ["Ludwig van Beethoven"]),
            ("King, Jr, Martin Luther", ["Martin Luther King, Jr"]),
            (#"M{\"u}ller, J{\"o}rg and others"#, ["Jörg Müller", "et al."]),
            ("{Barnes and Noble} and Smith, Al", ["Barnes and Noble", "Al Smith"]),
            ("A. Author AND B. Author", ["A. Author", "B. Author"]),
            ("{World Health Organization}", ["World Health Organization"]),
            ("Jean de la Fontaine", ["Jean de la Fontaine"]),
            ("  ", []),
        ]
        for (field, names) in cases {
            XCTAssertEqual(BibTeXName.list(field).names, names, field)
            XCTAssertEqual(BibTeXName.list(field).problems, [], field)
        }
        XCTAssertEqual(BibTeXName.list("a, b, c, d and Kim, J").names, ["J Kim"])
        XCTAssertEqual(BibTeXName.list("a, b, c, d and Kim, J").problems, ["a, b, c, d"])
    }
}
