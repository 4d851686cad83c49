import CCallgrind
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
let responseBytes = await respondToAll(requests, through: pipeline)
callgrind_dump_stats("pipeline")
print("\(count) messages, \(responseBytes) response bytes")

/// Answers every request in turn off the main actor, as a server's request tasks do (a loop in top-level code
/// would hop from the main actor to the pipeline and back for every message).
nonisolated func respondToAll(_ requests: [SealedRequest], through pipeline: CallbackPipeline) async -> Int {
    var responseBytes = 0
    for request in requests {
        responseBytes += await pipeline.respond(to: request).utf8.count
    }
    return responseBytes
}
