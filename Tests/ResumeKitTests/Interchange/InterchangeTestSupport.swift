import Foundation
import XCTest
@testable import ResumeKit

/// The JSON Resume documents the interchange tests import.
enum JSONResumeFixtures {
    static let folder = TestPaths.testsFolder.appendingPathComponent("Fixtures/json-resume")

    static func url(_ name: String) -> URL {
        folder.appendingPathComponent(name)
    }

    /// Imports a fixture, naming it by its file name in notes.
    static func importFixture(_ name: String) -> ImportedResume {
        JSONResumeImporter.importDocument(contentsOf: url(name), displayName: name)
    }
}

/// Imports JSON text as the file `resume.json`.
func importJSON(_ json: String) -> ImportedResume {
    JSONResumeImporter.importDocument(data: Data(json.utf8), file: "resume.json")
}

extension ImportedResume {
    /// Each diagnostic as `line:col: severity: message`, for exact comparisons.
    var rendered: [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }
}

extension Resume {
    /// The résumé's content, for comparing résumés read from different files: without source
    /// locations, and with an explicit `present` end as the missing end date it means — JSON
    /// Resume dates are only dates, so an export leaves `present` out and an import reads it so.
    var content: Resume {
        var copy = self
        copy.sourceMap = SourceMap()
        func open(_ end: EndDate?) -> EndDate? { end == .present ? nil : end }
        for index in copy.education.indices { copy.education[index].endDate = open(copy.education[index].endDate) }
        for index in copy.work.indices { copy.work[index].endDate = open(copy.work[index].endDate) }
        for index in copy.projects.indices { copy.projects[index].endDate = open(copy.projects[index].endDate) }
        for index in copy.teaching.indices { copy.teaching[index].endDate = open(copy.teaching[index].endDate) }
        for index in copy.volunteer.indices { copy.volunteer[index].endDate = open(copy.volunteer[index].endDate) }
        return copy
    }
}
