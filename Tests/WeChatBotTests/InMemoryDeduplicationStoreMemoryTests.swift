#if canImport(Glibc)
    import Glibc
    import Testing
    import WeChatBot
    import WeChatBotTesting
    import WeChatMessages

    /// The heap the in-memory de-duplication store costs at its default cap, printed per key (a measurement, not
    /// a limit: other tests running in parallel allocate in the same process, so run it alone for clean figures:
    /// `swift test --skip-build --filter InMemoryDeduplicationStoreMemoryTests`).
    @Suite("In-memory de-duplication store: memory at its cap")
    struct InMemoryDeduplicationStoreMemoryTests {
        @Test("49,152 keys claimed and finished, then 98,304 more evicting the oldest: bytes per key printed")
        func bytesPerKey() async throws {
            let capacity = 49_152
            // WeChat's message keys as the bot builds them, one string per message: `appid|msg|MsgId`.
            let key = { (index: Int) in "wx5f3a7c9e1b2d4f6a|msg|\(7_391_204_118_000_000_000 + index)" }
            let store = InMemoryDeduplicationStore(clock: TestClock())
            let empty = HeapInUse.bytes()
            for index in 0..<capacity {
                #expect(try await store.claim(key(index), ttl: .seconds(60)) == .claimed)
                if index.isMultiple(of: 4096) { await Task.yield() }
            }
            let claimed = HeapInUse.bytes()
            for index in 0..<capacity {
                let outcome = DeduplicationOutcome(reply: .text("echo \(index)"))
                try await store.finish(key(index), outcome: outcome, ttl: .seconds(60))
            }
            let finished = HeapInUse.bytes()
            // Steady state at the cap: every new message evicts the oldest key.
            var steadyPeak = 0
            for index in capacity..<(3 * capacity) {
                #expect(try await store.claim(key(index), ttl: .seconds(60)) == .claimed)
                try await store.finish(
                    key(index), outcome: DeduplicationOutcome(reply: .text("echo \(index)")), ttl: .seconds(60))
                if index.isMultiple(of: 4096) {
                    steadyPeak = max(steadyPeak, HeapInUse.bytes())
                    // The store never suspends: let the parallel tests' tasks run on the shared threads.
                    await Task.yield()
                }
            }
            let perKey = { (bytes: Int) in "\((bytes - empty) / capacity) B/key" }
            print(
                """
                in-memory de-dup store, \(capacity) keys of \(key(0).utf8.count) bytes: pending \(perKey(claimed)), \
                finished with a short text reply \(perKey(finished)); at the cap while evicting, at most \
                \(perKey(steadyPeak)) (\((steadyPeak - empty) / 1024) KiB in all)
                """)
            #expect(store.storedCount == capacity)
            let newest = 3 * capacity - 1
            #expect(try await store.claim(key(2 * capacity - 1), ttl: .seconds(60)) == .claimed, "evicted")
            #expect(
                try await store.claim(key(newest), ttl: .seconds(60))
                    == .finished(DeduplicationOutcome(reply: .text("echo \(newest)"))))
        }
    }

    /// Bytes the process's malloc holds in use, over every arena (glibc's `malloc_info`, since `mallinfo2`
    /// reports the main arena only and Swift's tasks run on other threads).
    private enum HeapInUse {
        static func bytes() -> Int {
            var buffer: UnsafeMutablePointer<CChar>?
            var size = 0
            // `malloc.h` is not part of Swift's Glibc module: look the function up by name.
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_info"),
                let stream = open_memstream(&buffer, &size)
            else { return 0 }
            let mallocInfo = unsafeBitCast(
                symbol, to: (@convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32).self)
            _ = mallocInfo(0, stream)
            fclose(stream)
            guard let buffer else { return 0 }
            defer { free(buffer) }
            let xml = String(cString: buffer)
            // The totals over all arenas follow the last </heap>.
            guard let totals = xml.split(separator: "</heap>").last else { return 0 }
            let system = value(in: totals, of: "<system type=\"current\" size=\"")
            let freeFast = value(in: totals, of: "<total type=\"fast\" count=\"", field: "size=\"")
            let freeRest = value(in: totals, of: "<total type=\"rest\" count=\"", field: "size=\"")
            let mapped = value(in: totals, of: "<total type=\"mmap\" count=\"", field: "size=\"")
            return system - freeFast - freeRest + mapped
        }

        /// The number after `field` in the element that starts with `element`.
        private static func value(in text: Substring, of element: String, field: String? = nil) -> Int {
            guard let start = text.firstRange(of: element) else { return 0 }
            var rest = text[start.upperBound...]
            if let field, let fieldStart = rest.firstRange(of: field) { rest = rest[fieldStart.upperBound...] }
            return Int(rest.prefix { $0.isNumber }) ?? 0
        }
    }
#endif
