// Test support is built only where XCTest is: a plain `swift build -c release` builds every
// target of the package, and XCTest is there only for tests.
#if canImport(XCTest)
import Foundation
import XCTest

/// Reviewed output files that a test's output must equal byte for byte.
///
/// With `RECORD_GOLDEN=1` every file checked is written anew instead, and the test fails all the
/// same, saying how many it recorded: a recording run is never green, so a forgotten variable
/// cannot make every comparison pass. Review the diff (`git diff`) and run again without it.
public final class GoldenFiles: @unchecked Sendable {
    /// The folder the files are in.
    public let folder: URL
    /// `RECORD_GOLDEN=1`: write the files instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    private let lock = NSLock()
    private var recorded: [(name: String, changed: Bool)] = []

    /// The golden files in `folder`, checked by `testCase`; when recording, the test fails as it
    /// ends (at this call), with the count of files it wrote.
    public init(_ folder: URL, for testCase: XCTestCase, file: StaticString = #filePath, line: UInt = #line) {
        self.folder = folder
        testCase.addTeardownBlock { [self] in reportRecording(file: file, line: line) }
    }

    /// Compares `output` with the file at `name` (a path relative to the folder), failing with the
    /// first line that differs; under `RECORD_GOLDEN=1` writes it instead.
    public func check(_ output: String, against name: String, file: StaticString = #filePath, line: UInt = #line) {
        let url = folder.appendingPathComponent(name)
        let actual = Data(output.utf8)
        let expected = try? Data(contentsOf: url)
        if Self.isRecording {
            do {
                if expected != actual {
                    try FileManager.default.createDirectory(
                        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try actual.write(to: url, options: .atomic)
                }
                lock.withLock { recorded.append((name, expected != actual)) }
            } catch {
                XCTFail("cannot record \(url.path): \(error)", file: file, line: line)
            }
            return
        }
        let hint =
            "if the change is intended, run RECORD_GOLDEN=1 swift test --filter <this test>, review the diff of"
            + " \(Self.relativePath(folder)), and run again without RECORD_GOLDEN"
        guard let expected else {
            XCTFail("missing golden file \(name) in \(Self.relativePath(folder)); \(hint)", file: file, line: line)
            return
        }
        guard expected != actual else { return }
        XCTFail("output differs from \(name): \(Self.firstDifference(expected, actual))\n\(hint)", file: file, line: line)
    }
}

private extension GoldenFiles {
    func reportRecording(file: StaticString, line: UInt) {
        let recorded = lock.withLock { self.recorded }
        guard !recorded.isEmpty else { return }
        let changed = recorded.filter(\.changed).map(\.name)
        XCTFail(
            "recorded \(recorded.count) golden file\(recorded.count == 1 ? "" : "s") in \(Self.relativePath(folder))"
                + " (\(changed.isEmpty ? "none changed" : "changed: " + changed.joined(separator: ", ")));"
                + " review the diff and run again without RECORD_GOLDEN", file: file, line: line)
    }

    /// The folder relative to the repository, as `git diff` takes it.
    static func relativePath(_ folder: URL) -> String {
        let root = Repository.root.path + "/"
        return folder.path.hasPrefix(root) ? String(folder.path.dropFirst(root.count)) : folder.path
    }

    /// Where two texts first differ: the line, and both versions of it.
    static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let expectedLines = expected.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let index =
            zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        func show(_ lines: [Data], _ index: Int) -> String {
            index < lines.count ? String(decoding: lines[index], as: UTF8.self).debugDescription : "<end of file>"
        }
        return "at line \(index + 1):\n  expected: \(show(expectedLines, index))\n  actual:   \(show(actualLines, index))"
    }
}
#endif
