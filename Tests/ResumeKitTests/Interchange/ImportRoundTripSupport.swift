import Foundation
import XCTest

@testable import ResumeKit

/// The way every importer's fixture must go: import → the YAML loads and lints without an error
/// → renders as text; and the check that a source value reached the text or a note.
struct ImportRoundTrip {
    let imported: ImportedResume
    let resume: Resume
    /// The text rendering (classic theme), with every run of whitespace made one space, so a value
    /// wrapped over two lines is still found.
    let text: String

    init(_ imported: ImportedResume, file: StaticString = #filePath, line: UInt = #line) throws {
        self.imported = imported
        XCTAssertNil(imported.internalError, file: file, line: line)
        let yaml = try XCTUnwrap(imported.yaml, "\(imported.diagnostics)", file: file, line: line)
        let loaded = ResumeLoader.load(yaml: yaml, file: "cv.yaml")
        XCTAssertFalse(loaded.diagnostics.containsErrors, "\(loaded.diagnostics)", file: file, line: line)
        let resume = try XCTUnwrap(loaded.resume, file: file, line: line)
        let theme = try XCTUnwrap(Theme.builtin(named: "classic"))
        let fit = try FitEngine(theme: theme).fit(resume)
        let lint = Linter().lint(LintSubject(resume: resume, file: "cv.yaml", fit: fit, theme: theme, source: yaml))
        XCTAssertFalse(lint.containsErrors, "\(lint.filter { $0.severity == .error })", file: file, line: line)
        self.resume = resume
        self.text = Self.collapsed(try Renderer(theme: theme).render(resume, as: .text))
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `value` shows in the rendered text.
    func shows(_ value: String) -> Bool {
        text.contains(Self.collapsed(value))
    }

    /// Whether a note of the import contains every one of `words` (a field's name and its entry's).
    func notes(_ words: String...) -> Bool {
        imported.diagnostics.contains { note in words.allSatisfy { note.message.contains($0) } }
    }
}
