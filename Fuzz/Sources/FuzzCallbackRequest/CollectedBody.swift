import Hummingbird

/// Receives a response body in process, as the HTTP server's writer would.
final class CollectedBody {
    private(set) var bytes: [UInt8] = []

    /// The whole body of `response`.
    static func of(_ response: Response) async throws -> [UInt8] {
        let collected = CollectedBody()
        try await response.body.write(Writer(target: collected))
        return collected.bytes
    }

    private struct Writer: ResponseBodyWriter {
        let target: CollectedBody

        func write(_ buffer: ByteBuffer) async throws {
            target.bytes.append(contentsOf: buffer.readableBytesView)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
