import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a file's bytes up to a limit, whatever its size claims: files under `/proc` say they are
/// empty and never end, and a file may grow while it is read. Nothing past the limit is read.
package enum BoundedFile {
    /// What reading found.
    package enum Contents {
        case bytes(Data)
        /// The file holds more than the limit; nothing of it is returned.
        case tooLarge
    }

    /// The bytes of the file at `path` (following symbolic links; a shown name of
    /// `ForeignFileNames` opens its bytes), or `.tooLarge` once more than `limit` bytes have been
    /// read; throws the `errno` of a failed open or read.
    package static func contents(of path: String, limit: Int) throws -> Contents {
        let descriptor = ForeignFileNames.withFileSystemPath(path) { open($0, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK) }
        guard descriptor >= 0 else { throw SystemFailure() }
        defer { close(descriptor) }
        return try contents(ofDescriptor: descriptor, limit: limit)
    }

    /// The bytes read from `descriptor` (standard input: 0) until its end, or `.tooLarge` once
    /// more than `limit` bytes have been read. Waits for input as a blocking read does.
    package static func contents(ofDescriptor descriptor: Int32, limit: Int) throws -> Contents {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN {  // a file opened without blocking, as a pipe with nothing yet
                    var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&ready, 1, -1)
                    continue
                }
                throw SystemFailure()
            }
            if count == 0 { return .bytes(data) }
            data.append(contentsOf: buffer[0..<count])
            if data.count > limit { return .tooLarge }
        }
    }
}
