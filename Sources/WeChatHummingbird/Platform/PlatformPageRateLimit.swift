import HTTPTypes
import Hummingbird
import NIOCore

/// The platform pages' per-client rate limit as a middleware: a client over its budget gets a `429` page
/// and no call to WeChat is made for it.
///
/// The client is the connection's peer address (the context must conform to `RemoteAddressRequestContext`,
/// as ``WeChatRequestContext`` does; other contexts share one budget), or the last entry of
/// ``PlatformPages/Configuration/clientAddressHeader`` when one is configured behind a trusted proxy.
struct PlatformPageRateLimit<Context: RequestContext>: RouterMiddleware {
    let limiter: ClientRateLimiter
    let clientAddressHeader: HTTPField.Name?

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard limiter.allow(client(of: request, context: context)) else {
            var page = PlatformPages.errorPage(
                .tooManyRequests, title: "请求过于频繁", message: "请稍后再试。")
            page.headers[.retryAfter] = "60"
            return page
        }
        return try await next(request, context)
    }

    private func client(of request: Request, context: Context) -> String {
        if let clientAddressHeader {
            let value = request.headers[clientAddressHeader] ?? ""
            return value.split(separator: ",").last.map { String($0.filter { $0 != " " }) } ?? ""
        }
        return (context as? any RemoteAddressRequestContext)?.remoteAddress?.ipAddress ?? ""
    }
}
