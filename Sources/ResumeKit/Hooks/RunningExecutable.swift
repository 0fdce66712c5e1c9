import Foundation

/// Where the running `resume` is, as an absolute path that a hook can run later.
public enum RunningExecutable {
    /// The path it was started by, made absolute (keeping a symbolic link such as
    /// `/usr/local/bin/resume`, which outlives upgrades); a bare name is looked up on `PATH` as the
    /// shell did; else the file the system reports.
    public static var path: String {
        let invoked = CommandLine.arguments.first ?? ""
        if invoked.contains("/") {
            return URL(fileURLWithPath: invoked).standardizedFileURL.path
        }
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        for folder in folders {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(invoked).standardizedFileURL.path
            if !invoked.isEmpty, FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return Bundle.main.executableURL?.path ?? invoked
    }
}
