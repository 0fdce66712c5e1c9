import Foundation
import XCTest
@testable import ResumeKit

/// Loads YAML text as the file `cv.yaml`.
func load(_ yaml: String) -> LoadResult {
    ResumeLoader.load(data: Data(yaml.utf8), file: "cv.yaml")
}

func loadBytes(_ bytes: [UInt8]) -> LoadResult {
    ResumeLoader.load(data: Data(bytes), file: "cv.yaml")
}

extension LoadResult {
    /// Each diagnostic as `line:col: severity: message`, for exact comparisons.
    var rendered: [String] {
        diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
    }
}
