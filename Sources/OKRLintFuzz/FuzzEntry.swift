import OKRLintKit

/// libFuzzer's entry point: every input goes through the front ends, the
/// model builder and all rules. Built with
/// `swift build -c release --sanitize=fuzzer --product OKRLintFuzz -Xswiftc -DOKRLINT_FUZZ`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
