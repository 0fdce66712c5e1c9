import XCTest

@testable import ResumeKit

/// Spot checks of the Unicode to T1/TS1 mapping against the Cork table in t1enc.def.
final class T1EncodingTests: XCTestCase {
    func testLatinLettersUseTheirCorkSlots() {
        XCTAssertEqual(T1Encoding.encode("é"), .t1(0xE9))
        XCTAssertEqual(T1Encoding.encode("ü"), .t1(0xFC))
        XCTAssertEqual(T1Encoding.encode("ł"), .t1(0xAA))
        XCTAssertEqual(T1Encoding.encode("Ł"), .t1(0x8A))
        XCTAssertEqual(T1Encoding.encode("ß"), .t1(0xFF))
        XCTAssertEqual(T1Encoding.encode("Œ"), .t1(0xD7))
        XCTAssertEqual(T1Encoding.encode("ž"), .t1(0xBA))
    }

    func testPunctuationAndLaTeXSpecialsUseTheSlotsOfTheirTextCommands() {
        XCTAssertEqual(T1Encoding.encode("–"), .t1(0x15))
        XCTAssertEqual(T1Encoding.encode("—"), .t1(0x16))
        XCTAssertEqual(T1Encoding.encode("“"), .t1(0x10))
        XCTAssertEqual(T1Encoding.encode("”"), .t1(0x11))
        XCTAssertEqual(T1Encoding.encode("’"), .t1(0x27))
        XCTAssertEqual(T1Encoding.encode("<"), .t1(0x3C))
        XCTAssertEqual(T1Encoding.encode("_"), .t1(0x5F))
        XCTAssertEqual(T1Encoding.encode("\\"), .t1(0x5C))
        XCTAssertEqual(T1Encoding.encode("~"), .t1(0x7E))
        XCTAssertEqual(T1Encoding.encode("{"), .t1(0x7B))
    }

    func testSymbolsMissingFromT1ComeFromTS1OrNowhere() {
        XCTAssertEqual(T1Encoding.encode("×"), .ts1(214))
        XCTAssertEqual(T1Encoding.encode("€"), .ts1(191))
        XCTAssertNil(T1Encoding.encode(" "))
        XCTAssertNil(T1Encoding.encode("…"))
        XCTAssertNil(T1Encoding.encode("한"))
        XCTAssertNil(T1Encoding.t1Codes("3×4"))
    }

    func testDashLigaturesAndQuotesShapeLikeTeX() throws {
        let font = try XCTUnwrap(LatinModern.scaledFont(series: .regular, shape: .upright, size: 655360))
        XCTAssertEqual(font.typeset(try XCTUnwrap(T1Encoding.t1Codes("--"))).items.first,
                       .ligature(0x15, components: [45, 45], leftBoundary: false, rightBoundary: false))
        XCTAssertEqual(font.typeset(try XCTUnwrap(T1Encoding.t1Codes("---"))).width, font.width(of: 0x16))
        XCTAssertEqual(font.typeset(try XCTUnwrap(T1Encoding.t1Codes("``"))).width, font.width(of: 0x10))
    }
}
