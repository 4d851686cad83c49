import CFuzzerDriver
import WeChatMessages

/// The header replies are rendered against: an event, so news may carry up to 8 articles.
let header = MessageHeader(toUserName: "gh_7f083739789a", fromUserName: "oUser", createTime: 1_407_743_423, msgType: "event")

/// libFuzzer entry point: any bytes through `Reply(parsing:)`; whatever parses is rendered and parsed again,
/// and must come back equal (render is the inverse of parse for everything parse can produce).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzReplyRoundTrip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let reply = try? Reply(parsing: UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    guard let rendered = try? reply.render(replyingTo: header, createTime: 1_407_743_424) else { return 0 }
    let reparsed: Reply
    do {
        reparsed = try Reply(parsing: rendered.utf8)
    } catch {
        preconditionFailure("a rendered reply does not parse: \(error)")
    }
    precondition(reparsed == reply, "render/parse round trip changed the reply")
    return 0
}

/// The executable's entry point (SwiftPM links `main` to `FuzzReplyRoundTrip_main`): hands control to libFuzzer.
@_cdecl("FuzzReplyRoundTrip_main")
func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzReplyRoundTrip(data, size) }
}
