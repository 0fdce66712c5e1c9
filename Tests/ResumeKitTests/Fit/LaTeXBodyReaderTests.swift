import XCTest

@testable import ResumeFit

/// The body of a rendered document read back into its block calls, over its bytes, with the
/// Characters deciding where a byte beyond ASCII stands between the calls.
final class LaTeXBodyReaderTests: XCTestCase {
    func testReadsEachBlockWithItsArgumentsAndWhereTheyAre() throws {
        let document = "\\documentclass{article}\n\\begin{document}\n\\normalsize\\color{body}\n"
            + "% a comment\r\n% another\n\\cvitem{Built \\{braces\\} in {groups}, caf\u{E9}}\n"
            + "\\cvpair {A}  {B}\n\\end{document}\n"
        let (preamble, blocks) = try LaTeXBodyReader.read(document: document)
        XCTAssertEqual(preamble, "\\documentclass{article}\n")
        XCTAssertEqual(blocks.map(\.name), ["cvitem", "cvpair"])
        XCTAssertEqual(blocks[0].arguments, ["Built \\{braces\\} in {groups}, caf\u{E9}"])
        XCTAssertEqual(blocks[0].source, "\\cvitem{Built \\{braces\\} in {groups}, caf\u{E9}}")
        XCTAssertEqual(blocks[1].arguments, ["A", "B"])
        XCTAssertEqual(blocks[1].source, "\\cvpair {A}  {B}")
        let bytes = Array(document.utf8)
        for block in blocks {
            for (argument, range) in zip(block.arguments, block.argumentRanges) {
                XCTAssertEqual(String(decoding: bytes[range], as: UTF8.self), argument)
            }
        }
    }

    func testSpacesBeyondASCIIBetweenCallsAreWhiteSpace() throws {
        let body = "\u{A0}\u{2003}\\cvitem{one}\u{2028}\r\n\\cvitem{two}"
        XCTAssertEqual(try Self.blocks(body).map(\.arguments), [["one"], ["two"]])
    }

    func testAnythingButBlocksIsAnError() {
        XCTAssertThrowsError(try Self.blocks("\\cvitem{one} stray")) { error in
            XCTAssertEqual(error as? LaTeXBodyReader.Problem, .unexpectedText("stray"))
        }
        // A backslash that a combining mark joins is no command.
        XCTAssertThrowsError(try Self.blocks("\\\u{301}cvitem{one}")) { error in
            XCTAssertEqual(error as? LaTeXBodyReader.Problem, .unexpectedText("\\\u{301}cvitem{one}"))
        }
        XCTAssertThrowsError(try Self.blocks("\\cvunknown{one}")) { error in
            XCTAssertEqual(error as? LaTeXBodyReader.Problem, .unknownCommand("cvunknown"))
        }
        XCTAssertThrowsError(try Self.blocks("\\cvitem{one")) { error in
            XCTAssertEqual(error as? LaTeXBodyReader.Problem, .unbalancedBraces)
        }
        XCTAssertThrowsError(try LaTeXBodyReader.read(document: "\\begin{document}\\cvitem{one}")) { error in
            XCTAssertEqual(error as? LaTeXBodyReader.Problem, .missingBody)
        }
    }

    private static func blocks(_ body: String) throws -> [BlockCall] {
        try LaTeXBodyReader.read(document: "\\begin{document}" + body + "\\end{document}").blocks
    }
}
