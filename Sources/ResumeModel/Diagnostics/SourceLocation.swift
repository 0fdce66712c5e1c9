/// A position in a source file: 1-based line and column, the column counted in Unicode scalars.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `cv.yaml:12:5`
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// The source location of every loaded value, keyed by its path (`work[0].highlights[2]`).
public struct SourceMap: Sendable, Equatable {
    private var locations: [String: SourceLocation] = [:]

    public init() {}

    public subscript(path: String) -> SourceLocation? {
        get { locations[path] }
        set { locations[path] = newValue }
    }

    /// `other`'s places added to these; where both have a path, `other`'s place is kept.
    public mutating func merge(_ other: SourceMap) {
        locations.merge(other.locations) { _, later in later }
    }

    /// Where the value at `path` is written, if the file says.
    public subscript(path: ValuePath) -> SourceLocation? {
        locations[path.description]
    }

    /// Every recorded path, sorted, for inspection and tests.
    public var paths: [String] { locations.keys.sorted() }
}
