// Test support is built only where XCTest is: a plain `swift build -c release` builds every
// target of the package, and XCTest is there only for tests.
#if canImport(XCTest)
import Foundation

extension RequiredTool {
    /// Checks that the shared library `name` loads (`dlopen`); when it does not, the test is
    /// skipped, or fails under `CI=true`. `package` says what installs it.
    public static func library(
        _ name: String, installedBy package: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else {
            try unavailable("the library \(name) is not installed (install \(package))", file: file, line: line)
        }
        dlclose(handle)
    }

    /// Checks that a file the test reads is installed (a dictionary, a font); when it is not, the
    /// test is skipped, or fails under `CI=true`.
    public static func file(
        _ path: String, installedBy package: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        guard FileManager.default.isReadableFile(atPath: path) else {
            try unavailable("\(path) is not installed (install \(package))", file: file, line: line)
        }
    }

    /// Hunspell and its American and British English dictionaries, as the `spelling` rule's tests need.
    public static func hunspell(file: StaticString = #filePath, line: UInt = #line) throws {
        try library("libhunspell-1.7.so.0", installedBy: "libhunspell-1.7-0", file: file, line: line)
        try self.file("/usr/share/hunspell/en_US.dic", installedBy: "hunspell-en-us", file: file, line: line)
        try self.file("/usr/share/hunspell/en_GB.dic", installedBy: "hunspell-en-gb", file: file, line: line)
    }
}
#endif
