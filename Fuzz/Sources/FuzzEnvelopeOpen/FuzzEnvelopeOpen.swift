import CFuzzerDriver
import WeChatCrypto
import WeChatMessages

/// A fixed account (WeChat's encryption sample V7: its token, key and appid; WeChatCrypto: “The AES envelope”),
/// with a previous key so the fallback runs too.
let crypto = MessageCrypto(
    configuration: MessageCrypto.Configuration(
        token: try! CallbackToken("pamtest"),
        appID: "wxb11529c136998cb6",
        currentKey: try! EncodingAESKey("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"),
        previousKey: try! EncodingAESKey("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    )
)

/// libFuzzer entry point: the input is a raw POST body. It is opened once with a wrong signature (which must
/// be refused) and once with the correct signature over whatever `Encrypt` it holds, so base64, AES, padding
/// and plaintext unpacking all see hostile bytes.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzEnvelopeOpen(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let body = UnsafeBufferPointer(start: data, count: size)
    let timestamp = "1409304348"
    let nonce = "xxxxxx"
    let wrongSignature = "0000000000000000000000000000000000000000"
    if let opened = try? crypto.open(body, timestamp: timestamp, nonce: nonce, msgSignature: wrongSignature) {
        preconditionFailure("a wrong signature opened \(opened.message.count) bytes")
    }
    guard let envelope = try? EncryptedEnvelope(parsing: body) else { return 0 }
    let signature = WeChatSignature.messageSignature(
        token: "pamtest",
        timestamp: timestamp,
        nonce: nonce,
        encrypt: envelope.encrypt
    )
    if let opened = try? crypto.open(body, timestamp: timestamp, nonce: nonce, msgSignature: signature) {
        _ = try? InboundMessage(parsing: opened.message)
    }
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzEnvelopeOpen_main`): hands control to libFuzzer.
@_cdecl("FuzzEnvelopeOpen_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzEnvelopeOpen(data, size) }
}
