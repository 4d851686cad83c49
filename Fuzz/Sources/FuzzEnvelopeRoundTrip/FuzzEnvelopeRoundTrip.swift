import CFuzzerDriver
import WeChatCrypto
import WeChatMessages

/// A fixed account (the token, key and appid of WeChat's encryption sample, V7 in WeChatCrypto: “The AES envelope”).
let crypto = MessageCrypto(
    configuration: MessageCrypto.Configuration(
        token: try! CallbackToken("pamtest"),
        appID: "wxb11529c136998cb6",
        currentKey: try! EncodingAESKey("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG")
    )
)
let randomPrefix = Array("aaaabbbbccccdddd".utf8)

/// libFuzzer entry point: the input is a clear message; it is sealed, the sealed envelope is opened again
/// (it must give back exactly the input under the same key) and the message reaches the XML decoder.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzEnvelopeRoundTrip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let message = Array(UnsafeBufferPointer(start: data, count: size))
    let timestamp = "1409304348"
    let nonce = "xxxxxx"
    let sealed: String
    do {
        sealed = try crypto.seal(message, timestamp: timestamp, nonce: nonce, randomPrefix: randomPrefix)
    } catch {
        preconditionFailure("sealing a \(size)-byte message failed: \(error)")
    }
    // The reply envelope carries its own MsgSignature; read it back as WeChat would.
    guard let envelope = try? XMLTreeDecoder.parse(sealed.utf8), let signature = envelope["MsgSignature"] else {
        preconditionFailure("the sealed envelope does not parse")
    }
    let opened: OpenedMessage
    do {
        opened = try crypto.open(Array(sealed.utf8), timestamp: timestamp, nonce: nonce, msgSignature: signature)
    } catch {
        preconditionFailure("opening a freshly sealed envelope failed: \(error)")
    }
    precondition(opened.message == message, "the round trip changed the message")
    precondition(opened.key == .current && opened.appID == "wxb11529c136998cb6", "wrong key or appid")
    _ = try? InboundMessage(parsing: opened.message)
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzEnvelopeRoundTrip_main`): hands control to libFuzzer.
@_cdecl("FuzzEnvelopeRoundTrip_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzEnvelopeRoundTrip(data, size) }
}
