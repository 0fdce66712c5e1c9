import XCTest

@testable import ResumeKit

final class JSONValueTests: XCTestCase {
    func testObjectsAreIndentedWithSortedKeys() {
        let value: JSONValue = ["b": [1, true, .null], "a": ["z": "text", "$ref": "#/x"], "c": [:], "d": []]
        XCTAssertEqual(
            value.formatted,
            """
            {
              "a": {
                "$ref": "#/x",
                "z": "text"
              },
              "b": [
                1,
                true,
                null
              ],
              "c": {},
              "d": []
            }

            """)
    }

    func testObjectsKeepTheirOrderWhichJSONOutputDoesNotShow() {
        var object: JSONObject = ["b": 1, "a": 2]
        object["c"] = 3
        object["b"] = 4
        XCTAssertEqual(object.keys, ["b", "a", "c"], "a new key goes last, a replaced one stays in place")
        object["a"] = nil
        XCTAssertEqual(object.keys, ["b", "c"])
        XCTAssertEqual(object, ["c": 3, "b": 4], "equal whatever the order, as JSON objects are")
        XCTAssertNotEqual(object, ["c": 3, "b": 5])
        XCTAssertNotEqual(object, ["c": 3])
        XCTAssertEqual(JSONValue.object(object).formatted, JSONValue.object(["c": 3, "b": 4]).formatted)
        XCTAssertEqual(JSONObject(["z": 1, "m": 2, "a": 3]).keys, ["a", "m", "z"], "a dictionary's keys in order")
    }

    func testStringsEscapeQuotesBackslashesAndControlCharactersAndKeepOtherText() {
        let value: JSONValue = .string("\"a\\b\"\n\t\r\u{1}é 경력 – \u{7F}")
        XCTAssertEqual(value.formatted, #""\"a\\b\"\n\t\r\u0001é 경력 – \#u{7F}""# + "\n")
    }

    func testKeysSortByCodePointWhateverTheLocale() {
        let value: JSONValue = ["é": 1, "z": 2, "Z": 3, "a": 4]
        XCTAssertEqual(value.formatted, "{\n  \"Z\": 3,\n  \"a\": 4,\n  \"z\": 2,\n  \"é\": 1\n}\n")
    }

    func testOutputParsesBackAsTheSameJSON() throws {
        let value: JSONValue = ["list": ["x", -3, false], "nested": ["deep": ["deeper": "\u{0}"]]]
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(value.formatted.utf8)) as? [String: Any])
        let list = try XCTUnwrap(parsed["list"] as? [Any])
        XCTAssertEqual(list.count, 3)
        XCTAssertEqual(list[0] as? String, "x")
        XCTAssertEqual(list[1] as? Int, -3)
        XCTAssertEqual(list[2] as? Bool, false)
        XCTAssertEqual(((parsed["nested"] as? [String: Any])?["deep"] as? [String: String])?["deeper"], "\u{0}")
    }
}
