import Hummingbird

// The bare-Hummingbird baseline of the end-to-end load benchmark (load/run.sh): one POST route that returns a
// fixed body without looking at the request, on the same HTTP stack, router and event loops EchoBot uses.
// EchoBot's cost over this server is what the WeChat layer (signature, AES, XML, bot, reply) adds.
// Usage: HelloServer PORT   (binds 127.0.0.1; the route is POST /hello)
guard let port = CommandLine.arguments.dropFirst().first.flatMap({ Int($0) }) else {
    fatalError("usage: HelloServer PORT")
}
let router = Router()
router.post("hello") { _, _ in "success" }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
