import Foundation

/// The TeX programs found on a search path, and how a document written for an engine is compiled
/// with them: through latexmk when it is installed, else by running the engine itself.
public struct TeXInstallation: Sendable {
    /// The folders searched for programs, in order.
    package var searchPath: [String]

    public init(searchPath: [String]) {
        self.searchPath = searchPath
    }

    /// The programs on the `PATH` of `environment`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.init(searchPath: (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init))
    }

    /// The first executable called `name` on the search path.
    public func executable(named name: String) -> URL? {
        searchPath.lazy
            .map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// How to compile a document for `engine`: latexmk driving it when both are installed and
    /// `latexmk` is allowed, the engine alone otherwise; nil when the engine is missing.
    public func driver(for engine: TeXEngine, latexmk: Bool = true) -> TeXDriver? {
        guard let program = executable(named: engine.rawValue) else { return nil }
        if latexmk, let latexmkProgram = executable(named: "latexmk") {
            return TeXDriver(engine: engine, executable: latexmkProgram, kind: .latexmk)
        }
        return TeXDriver(engine: engine, executable: program, kind: .engine)
    }
}

/// The program that turns a LaTeX file into a PDF, and its command line.
public struct TeXDriver: Sendable, Equatable {
    public enum Kind: Sendable {
        /// latexmk, which runs the engine as often as the document needs.
        case latexmk
        /// The engine itself, run once a pass.
        case engine
    }

    public var engine: TeXEngine
    public var executable: URL
    public var kind: Kind

    /// `pdflatex`, `xelatex`, or `latexmk (xelatex)`: what progress messages call the program.
    public var displayName: String {
        kind == .latexmk ? "latexmk (\(engine.rawValue))" : engine.rawValue
    }

    /// The arguments that compile `file` in the current folder: no shell escape, no questions
    /// asked, stopping at the first error; latexmk reads no rc file, so no configuration on the
    /// machine can turn shell escape back on.
    public func arguments(compiling file: String) -> [String] {
        let engineOptions = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape"]
        switch kind {
        case .engine:
            return engineOptions + [file]
        case .latexmk:
            let mode = engine == .xelatex ? "-xelatex" : "-pdf"
            return ["-norc", mode] + engineOptions + [file]
        }
    }
}
