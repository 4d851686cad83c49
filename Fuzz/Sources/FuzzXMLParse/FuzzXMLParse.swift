import CFuzzerDriver
import WeChatMessages

/// libFuzzer entry point: any bytes through both inbound XML decoders. A crash, hang or leak is a finding;
/// a thrown `XMLDecodingError` is the expected answer to garbage.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzXMLParse(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    if let message = try? InboundMessage(parsing: bytes) {
        // Decoding the same bytes twice must agree.
        precondition((try? InboundMessage(parsing: bytes)) == message, "InboundMessage decoding is not deterministic")
    }
    _ = try? ComponentNotice(parsing: bytes)
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzXMLParse_main`): hands control to libFuzzer.
@_cdecl("FuzzXMLParse_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzXMLParse(data, size) }
}
