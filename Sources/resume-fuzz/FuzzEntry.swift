import Foundation

/// libFuzzer's entry point: runs every stage of `resume` that reads a user's file on the bytes.
/// Built only with `RESUME_FUZZ=1` and `-sanitize=fuzzer,address` (see `scripts/fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzPipeline.run(Data(bytes: data, count: size))
    return 0
}
