import NIOHTTP1
import Testing
import WeChatBot
import WeChatHummingbird

@testable import EchoBot

/// The review's probe: sockets holding partial headers, or a 5-of-1000-byte body, stayed open for minutes
/// and at scale starved `/healthz`. Small timeouts here; the defaults are 30 s idle and 10 s per body.
@Suite("Connections time out")
struct ConnectionTimeoutTests {
    static let connections = WeChatServer.Connections(idleTimeout: .seconds(1), bodyReadTimeout: .seconds(2))
    static let headers = "POST /wechat?signature=x&timestamp=1&nonce=2 HTTP/1.1\r\nHost: 127.0.0.1\r\n"

    @Test("partial headers and a body that stops at 5 of 1000 bytes are closed; /healthz answers meanwhile")
    func idleClientsAreClosed() async throws {
        let server = TestServer(accounts: [try Fixture.account()], connections: Self.connections)
        try await server.run(.echo) { client, _ async throws in
            var held: [RawConnection] = []
            for _ in 0..<20 {
                let partial = try RawConnection(port: client.port)
                #expect(partial.send(Self.headers + "Content-Le"))
                let short = try RawConnection(port: client.port)
                #expect(short.send(Self.headers + "Content-Length: 1000\r\n\r\n" + "<xml>"))
                held += [partial, short]
            }
            // `Connection: close`: with a 1-second idle timeout, a pooled keep-alive connection reused for the
            // second check may be closed by the server as the request goes out.
            let closing = [("Connection", "close")]
            #expect(try await client.request(.GET, "/healthz", headers: closing).status == 200)
            for connection in held {
                #expect(try await connection.waitUntilClosed(within: .seconds(10)))
            }
            #expect(try await client.request(.GET, "/healthz", headers: closing).status == 200)
        }
    }

    @Test("a body trickled a byte at a time (never idle) is closed at the body-read deadline")
    func tricklingBodyIsClosed() async throws {
        let server = TestServer(accounts: [try Fixture.account()], connections: Self.connections)
        try await server.run(.echo) { client, _ async throws in
            let connection = try RawConnection(port: client.port)
            #expect(connection.send(Self.headers + "Content-Length: 1000\r\n\r\n"))
            var closed = false
            for _ in 0..<100 where !closed {
                try await Task.sleep(for: .milliseconds(200))
                closed = connection.isClosedByServer || !connection.send("x")
            }
            #expect(closed, "still open after 100 bytes over 20 s; the idle timeout alone never fires")
            #expect(try await client.request(.GET, "/healthz", headers: [("Connection", "close")]).status == 200)
        }
    }
}
