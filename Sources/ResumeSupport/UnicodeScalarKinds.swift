extension Unicode.Scalar {
    /// Control characters and line or paragraph separators, which become spaces in every format
    /// and are read as white space when importing.
    package var isLineOrControl: Bool {
        if value < 0x80 { return value < 0x20 || value == 0x7F }
        return switch properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
