import CCallgrind
import Crypto
import PipelineFixtures

// Loops the whole pipeline over distinct messages for `valgrind --tool=callgrind` (see README.md): counters
// are zeroed before the loop and dumped ("pipeline" part) after it, so that dump divided by MESSAGES is the
// cost of one message.
// Usage: PipelineProfile [MESSAGES]   (default 2000)
let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 2000
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
