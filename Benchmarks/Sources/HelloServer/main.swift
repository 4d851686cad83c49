import Hummingbird

// The bare-Hummingbird baseline of the end-to-end load benchmarks (load/run.sh, load/stores.sh): one POST
// route that collects the request body, as any real endpoint must, and returns a fixed body, on the same
// HTTP stack, router and event loops the WeChat servers use. Their cost over this server is what the WeChat
// layer (signature, AES, XML, bot, store, reply) adds.
// Usage: HelloServer PORT   (binds 127.0.0.1; the route is POST /hello; bodies up to 64 KiB, like WeChat's)
guard let port = CommandLine.arguments.dropFirst().first.flatMap({ Int($0) }) else {
    fatalError("usage: HelloServer PORT")
}
let router = Router()
router.post("hello") { request, _ in
    let body = try await request.body.collect(upTo: 64 * 1024)
    return body.readableBytes > 0 ? "success" : ""
}
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
try await app.runService()
