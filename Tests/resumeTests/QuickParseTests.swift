import ArgumentParser
import XCTest

@testable import resume

/// `lint FILE…` is set up without the argument parser (12 of 72 million instructions of a short run);
/// this proves it sets up exactly the command the argument parser would, for every option, so an
/// option added later and forgotten in `LintCommand(files:)` fails here, not in the pre-commit hook.
final class QuickParseTests: XCTestCase {
    func testLintWithFileNamesIsTheCommandTheArgumentParserMakes() throws {
        for files in [["cv.yaml"], ["a.yaml", "folder/b.yml", "with space.yaml"]] {
            let quick = try XCTUnwrap(QuickParse.command(["lint"] + files) as? LintCommand)
            let parsed = try LintCommand.parse(files)
            let quickFields = Self.fields(of: quick)
            XCTAssertEqual(quickFields, Self.fields(of: parsed))
            XCTAssertFalse(quickFields.isEmpty)
            for field in quickFields {
                XCTAssertFalse(field.contains("*definition*"), "an option LintCommand(files:) leaves unset: \(field)")
            }
        }
    }

    func testAnythingElseGoesThroughTheArgumentParser() throws {
        XCTAssertTrue(try XCTUnwrap(QuickParse.command(["lint", "--strict", "cv.yaml"]) as? LintCommand).strict)
        XCTAssertNil(QuickParse.command(["lint", "--help"]))
        XCTAssertNil(QuickParse.command(["lint"]))
        XCTAssertNil(QuickParse.command(["stats", "cv.yaml"]))
    }

    /// Every stored value of the command, options in option groups too, as `name: value` lines.
    private static func fields(of value: Any, prefix: String = "") -> [String] {
        Mirror(reflecting: value).children.flatMap { child -> [String] in
            let name = prefix + (child.label ?? "?")
            let inner = Mirror(reflecting: child.value)
            if let group = inner.children.first(where: { $0.label == "_parsedValue" }),
               case let parsed = Mirror(reflecting: group.value), parsed.displayStyle == .enum,
               let payload = parsed.children.first, payload.label == "value",
               Mirror(reflecting: payload.value).displayStyle == .struct,
               payload.value is ParsableArguments {
                return fields(of: payload.value, prefix: name + ".")
            }
            return ["\(name): \(String(reflecting: child.value))"]
        }
    }
}
