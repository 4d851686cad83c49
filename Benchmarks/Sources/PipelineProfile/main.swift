import CCallgrind
import Crypto
import PipelineFixtures
import WeChatBot
import WeChatCrypto
import WeChatMessages

// Loops the whole pipeline over distinct messages for `valgrind --tool=callgrind` (see README.md): counters
// are zeroed before the loop and dumped ("pipeline" part) after it, so that dump divided by MESSAGES is the
// cost of one message.
// Usage: PipelineProfile [MESSAGES] [STAGE]   (default 2000; STAGE: pipeline (default), parse, open, seal, bot)
// A stage alone loops that stage over the same inputs, for `perf record` of one part.
let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 2000
let stage = CommandLine.arguments.dropFirst(2).first ?? "pipeline"
if stage != "pipeline" {
    await profileStage(stage, count: count)
} else {
    let requests = try SealedRequest.distinctTextMessages(count: count)
    let pipeline = try CallbackPipeline(deduplication: true)
    pipeline.startBackgroundWork()
    // Warm up (first-use initialisation of libxml2, regex compilation, caches) outside the measurement.
    _ = await pipeline.respond(to: try SealedRequest(sealing: SampleMessages.textMessage(msgID: 1)))
    callgrind_zero_stats()
    let baselineBefore = sha1Nanoseconds(count: 200_000)
    let clock = ContinuousClock()
    let started = clock.now
    let responseBytes = await respondToAll(requests, through: pipeline)
    let elapsed = clock.now - started
    callgrind_dump_stats("pipeline")
    // The yardstick is measured before and after the loop (the machine's load changes during a run).
    let baseline = (baselineBefore + sha1Nanoseconds(count: 200_000)) / 2
    let perMessage = elapsed / count
    let nanoseconds = Double(perMessage.components.attoseconds) / 1e9 + Double(perMessage.components.seconds) * 1e9
    print("\(count) messages, \(responseBytes) response bytes")
    print(
        "per message \(Int(nanoseconds)) ns; SHA-1 of 300 bytes \(Int(baseline)) ns in this run;"
            + " ratio \(Int(nanoseconds / baseline))×")
}

/// Answers every request in turn off the main actor, as a server's request tasks do (a loop in top-level code
/// would hop from the main actor to the pipeline and back for every message).
nonisolated func respondToAll(_ requests: [SealedRequest], through pipeline: CallbackPipeline) async -> Int {
    var responseBytes = 0
    for request in requests {
        responseBytes += await pipeline.respond(to: request).utf8.count
    }
    return responseBytes
}

/// The in-run yardstick: nanoseconds for one SHA-1 of 300 bytes, averaged over `count` hashes.
func sha1Nanoseconds(count: Int) -> Double {
    let input = [UInt8](repeating: 0x61, count: 300)
    let clock = ContinuousClock()
    var checksum: UInt8 = 0
    let started = clock.now
    for _ in 0..<count {
        checksum ^= Insecure.SHA1.hash(data: input).withUnsafeBytes { $0[0] }
    }
    let elapsed = clock.now - started
    precondition(checksum != 1 || count > 0)
    return (Double(elapsed.components.attoseconds) / 1e9 + Double(elapsed.components.seconds) * 1e9) / Double(count)
}

/// Loops one stage `count` times and prints its time per iteration against the in-run SHA-1.
nonisolated func profileStage(_ stage: String, count: Int) async {
    let clear = SampleMessages.textMessage(msgID: 1)
    let crypto = try! BenchmarkAccount.messageCrypto()
    let request = try! SealedRequest(sealing: clear)
    let message = try! InboundMessage(parsing: clear)
    let reply = try! Reply.text("北京：晴").render(replyingTo: message.header, createTime: 1)
    let bot = FiftyRuleBot.make(deduplication: false)
    let clock = ContinuousClock()
    let started = clock.now
    var checksum = 0
    for _ in 0..<count {
        switch stage {
        case "parse": checksum &+= (try! InboundMessage(parsing: clear)).header.msgType.utf8.count
        case "open":
            checksum &+= (try! crypto.open(
                request.body, timestamp: request.timestamp, nonce: request.nonce, msgSignature: request.msgSignature)
            ).message.count
        case "seal": checksum &+= (try! crypto.seal(reply.utf8, timestamp: request.timestamp, nonce: request.nonce)).utf8.count
        case "bot": if case .reply = await bot.handle(message) { checksum &+= 1 }
        default: fatalError("unknown stage \(stage)")
        }
    }
    let elapsed = clock.now - started
    let nanoseconds = (Double(elapsed.components.attoseconds) / 1e9 + Double(elapsed.components.seconds) * 1e9) / Double(count)
    let baseline = sha1Nanoseconds(count: 200_000)
    print("\(stage): \(Int(nanoseconds)) ns an iteration; SHA-1 of 300 bytes \(Int(baseline)) ns; ratio \(Int(nanoseconds / baseline * 10) / 10).\(Int(nanoseconds / baseline * 10) % 10)×; checksum \(checksum)")
}
