import Foundation

/// libFuzzer's driver (`-sanitize=fuzzer` links it): reads its options and the corpus from the
/// command line and calls `test` on each input.
@_extern(c, "LLVMFuzzerRunDriver")
func runLibFuzzer(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

// SwiftPM links an executable's own entry point as `main`, which takes the place of libFuzzer's
// `main`; this one does what libFuzzer's does.
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runLibFuzzer(&argc, &argv, fuzz))
