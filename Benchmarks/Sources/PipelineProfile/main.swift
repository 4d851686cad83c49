import CCallgrind
import PipelineFixtures

// Loops the whole pipeline over distinct messages for `valgrind --tool=callgrind` (see README.md): counters
// are zeroed before the loop and dumped ("pipeline" part) after it, so that dump divided by MESSAGES is the
// cost of one message.
// Usage: PipelineProfile [MESSAGES]   (default 2000)
let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 2000
let requests = try SealedRequest.distinctTextMessages(count: count)
let pipeline = try CallbackPipeline(deduplication: true)
// Warm up (first-use initialisation of libxml2, regex compilation, caches) outside the measurement.
_ = try await pipeline.respond(to: SealedRequest(sealing: SampleMessages.textMessage(msgID: 1)))
var responseBytes = 0
callgrind_zero_stats()
for request in requests {
    responseBytes += try await pipeline.respond(to: request).utf8.count
}
callgrind_dump_stats("pipeline")
print("\(count) messages, \(responseBytes) response bytes")
