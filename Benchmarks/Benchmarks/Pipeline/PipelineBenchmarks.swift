import Benchmark
import Crypto
import PipelineFixtures
import WeChatBot
import WeChatCrypto
import WeChatMessages

/// Per-message benchmarks of every pipeline stage, plus an in-run baseline (one SHA-1 of 300 bytes) so that
/// figures from a noisy shared machine can be reported as ratios.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .instructions, .mallocCountTotal],
        timeUnits: .nanoseconds,
        warmupIterations: 100,
        maxDuration: .seconds(2),
        maxIterations: 20_000
    )

    // 1,000 messages a sample, 40 samples after one warm-up: 41,000 distinct messages or requests, no MsgId seen twice.
    let loopedConfiguration = Benchmark.Configuration(
        warmupIterations: 1, scalingFactor: .kilo, maxDuration: .seconds(10), maxIterations: 40)

    let crypto = try! BenchmarkAccount.messageCrypto()
    let request = try! SealedRequest(sealing: SampleMessages.textMessage(msgID: 1_234_567_890_123_456))
    let clearMessage = SampleMessages.textMessage(msgID: 1_234_567_890_123_456)
    let message = try! InboundMessage(parsing: clearMessage)
    let reply = Reply.text("北京：晴，最高 25°C，最低 17°C，不用带伞。")
    let renderedReply = try! reply.render(replyingTo: message.header, createTime: 1_407_743_424)
    let baselineInput = [UInt8](repeating: 0x61, count: 300)

    Benchmark("Baseline: SHA-1 of 300 bytes") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Insecure.SHA1.hash(data: baselineInput))
        }
    }

    Benchmark("Signature verify (msg_signature)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                WeChatSignature.isValidMessageSignature(
                    request.msgSignature,
                    token: BenchmarkAccount.tokenText,
                    timestamp: request.timestamp,
                    nonce: request.nonce,
                    encrypt: request.encrypt
                )
            )
        }
    }

    Benchmark("Envelope open (parse + verify + decrypt)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(
                try! crypto.open(
                    request.body,
                    timestamp: request.timestamp,
                    nonce: request.nonce,
                    msgSignature: request.msgSignature
                )
            )
        }
    }

    Benchmark("XML parse: 300-byte text → InboundMessage") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! InboundMessage(parsing: clearMessage))
        }
    }

    let botWithoutDeduplication = FiftyRuleBot.make(deduplication: false)
    Benchmark("Bot.handle: 50 rules, de-dup off") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(await botWithoutDeduplication.handle(message))
        }
    }

    Benchmark("Bot.handle: 50 rules, de-dup off, looped off the harness", configuration: .init(scalingFactor: .kilo)) {
        benchmark in
        _ = await OffHarnessLoops.handle([message], count: benchmark.scaledIterations.count, by: botWithoutDeduplication)
    }

    let botWithDeduplication = FiftyRuleBot.make(deduplication: true)
    var nextMsgID: Int64 = 7_000_000_000_000_000_000
    Benchmark("Bot.handle: 50 rules, de-dup on") { benchmark in
        for _ in benchmark.scaledIterations {
            // A fresh MsgId each time: a first delivery, never a retry.
            nextMsgID += 1
            let fresh = InboundMessage.text(
                TextMessage(header: message.header, msgID: nextMsgID, content: SampleMessages.weatherQuery)
            )
            blackHole(await botWithDeduplication.handle(fresh))
        }
    }

    let freshMessages = (0..<41_000).map { offset in
        InboundMessage.text(
            TextMessage(header: message.header, msgID: 8_000_000 + Int64(offset), content: SampleMessages.weatherQuery))
    }
    let loopedBotWithDeduplication = FiftyRuleBot.make(deduplication: true)
    var nextFreshMessage = 0
    Benchmark("Bot.handle: 50 rules, de-dup on, looped off the harness", configuration: loopedConfiguration) {
        benchmark in
        nextFreshMessage = await OffHarnessLoops.handle(
            freshMessages, from: nextFreshMessage, count: benchmark.scaledIterations.count,
            by: loopedBotWithDeduplication)
    }

    Benchmark("Reply render (text)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! reply.render(replyingTo: message.header, createTime: 1_407_743_424))
        }
    }

    Benchmark("Envelope seal (encrypt + sign + envelope)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try! crypto.seal(renderedReply.utf8, timestamp: request.timestamp, nonce: request.nonce))
        }
    }

    // Distinct MsgIds so de-duplication sees first deliveries only; the bot is rebuilt (fresh stores) only
    // if the run outlasts the pool.
    let poolSize = 25_000
    let requests = try! SealedRequest.distinctTextMessages(count: poolSize)
    var pipeline = try! CallbackPipeline(deduplication: true)
    pipeline.startBackgroundWork()
    var nextRequest = 0
    Benchmark("Pipeline: CallbackEndpoint (open → parse → bot → render → seal)") { benchmark in
        for _ in benchmark.scaledIterations {
            if nextRequest == poolSize {
                nextRequest = 0
                pipeline = try! CallbackPipeline(deduplication: true)
                pipeline.startBackgroundWork()
            }
            blackHole(await pipeline.respond(to: requests[nextRequest]))
            nextRequest += 1
        }
    }

    let loopedRequests = try! SealedRequest.distinctTextMessages(count: 41_000, firstMsgID: 9_000_000)
    let loopedPipeline = try! CallbackPipeline(deduplication: true)
    loopedPipeline.startBackgroundWork()
    var nextLoopedRequest = 0
    Benchmark(
        "Pipeline: CallbackEndpoint, looped off the harness", configuration: loopedConfiguration
    ) { benchmark in
        nextLoopedRequest = await OffHarnessLoops.respond(
            to: loopedRequests, from: nextLoopedRequest, count: benchmark.scaledIterations.count,
            through: loopedPipeline)
    }
}
