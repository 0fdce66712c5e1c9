import Foundation
import ResumeSupport

/// What a file looks like from outside — which file it is, its size and when it was written —
/// enough to tell that it was saved again, whether written in place or replaced by a rename.
public struct FileSnapshot: Equatable, Sendable {
    /// The file's inode: a save that writes a new file and renames it over the old one changes it.
    package var fileNumber: UInt64
    public var size: UInt64
    package var modified: Date

    public init(fileNumber: UInt64, size: UInt64, modified: Date) {
        self.fileNumber = fileNumber
        self.size = size
        self.modified = modified
    }

    /// The file at `path` as it is now, or nil when there is none (as in the middle of a save by
    /// rename).
    public init?(path: String) {
        var status = stat()
        guard ForeignFileNames.withFileSystemPath(path, { stat($0, &status) }) == 0 else { return nil }
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        let modified = Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        self.init(fileNumber: UInt64(status.st_ino), size: UInt64(status.st_size), modified: Date(timeIntervalSince1970: modified))
    }
}

/// Decides, from snapshots of a file taken at a steady interval, when it has been saved: it has
/// changed since the last save, and looked the same in two snapshots in a row, so that a file
/// still being written is not read half-way.
public struct SaveDetector: Sendable {
    private var saved: FileSnapshot?
    private var settling: FileSnapshot?

    /// Starts from the file as it is now: only later changes count as saves.
    public init(current: FileSnapshot?) {
        saved = current
    }

    /// Takes the next snapshot; returns true when it completes a save.
    public mutating func observe(_ snapshot: FileSnapshot?) -> Bool {
        guard let snapshot, snapshot != saved else {
            // Unchanged, or gone for a moment: a rename puts the new file in place shortly.
            settling = nil
            return false
        }
        guard snapshot == settling else {
            settling = snapshot
            return false
        }
        saved = snapshot
        settling = nil
        return true
    }
}
