import HTTPTypes
public import Hummingbird

extension Router {
    /// Adds a third-party platform's web pages under `path` in one line, next to its callback URLs
    /// (use the same `path` as `addWeChatPlatform(_:at:components:configuration:onNotice:)`):
    ///
    /// ```swift
    /// router.addWeChatPlatformPages(PlatformPages(credentials: platform, configuration: .init(publicBaseURL: "https://example.com")), at: "/wechat/platform")
    /// ```
    /// See ``PlatformPages`` for the routes. The routes that call WeChat with what a visitor sends (authorization
    /// page and landing, OAuth callback) hold each client to ``PlatformPages/Configuration/pageLoadsPerMinute``
    /// (by peer address when `Context` conforms to `RemoteAddressRequestContext`, as ``WeChatRequestContext``
    /// does; otherwise all clients share one budget); starting OAuth and the JS-SDK config (a cached ticket) are
    /// not limited.
    public func addWeChatPlatformPages(_ pages: PlatformPages, at path: String) {
        let limited = group(RouterPath(path))
        if let limiter = pages.pageLimiter {
            limited.add(
                middleware: PlatformPageRateLimit<Context>(
                    limiter: limiter,
                    clientAddressHeader: pages.configuration.clientAddressHeader.flatMap { HTTPField.Name($0) }))
        }
        limited.get(RouterPath("authorize/{componentAppID}")) { request, context in
            await pages.authorizationPage(
                componentAppID: context.parameters.get("componentAppID") ?? "",
                query: PlatformPages.query(of: request),
                userAgent: request.headers[.userAgent] ?? "",
                base: pages.base(of: request, path: path)
            )
        }
        limited.get(RouterPath("authorized/{componentAppID}")) { request, context in
            await pages.authorizationLanding(
                componentAppID: context.parameters.get("componentAppID") ?? "",
                query: PlatformPages.query(of: request)
            )
        }
        limited.get(RouterPath("oauth/{componentAppID}/{authorizerAppID}/callback")) { request, context in
            await pages.oauthCallback(
                componentAppID: context.parameters.get("componentAppID") ?? "",
                authorizerAppID: context.parameters.get("authorizerAppID") ?? "",
                query: PlatformPages.query(of: request),
                cookie: request.cookies[PlatformPages.oauthCookieName]?.value,
                path: path
            )
        }
        get(RouterPath(path + "/oauth/{componentAppID}/{authorizerAppID}")) { request, context in
            pages.oauthStart(
                componentAppID: context.parameters.get("componentAppID") ?? "",
                authorizerAppID: context.parameters.get("authorizerAppID") ?? "",
                query: PlatformPages.query(of: request),
                base: pages.base(of: request, path: path)
            )
        }
        get(RouterPath(path + "/jssdk-config/{componentAppID}/{authorizerAppID}")) { request, context in
            await pages.jsSDKConfig(
                componentAppID: context.parameters.get("componentAppID") ?? "",
                authorizerAppID: context.parameters.get("authorizerAppID") ?? "",
                query: PlatformPages.query(of: request)
            )
        }
    }
}

extension PlatformPages.Configuration {
    /// The public origin of `request`'s pages: ``publicBaseURL``, or `http://` and the request's `Host`.
    func origin(of request: Request) -> String {
        publicBaseURL ?? "http://" + (request.head.authority ?? "localhost")
    }
}

extension PlatformPages {
    /// Where the routes live as seen from outside: the public origin (configured, or from `Host`) and `path`.
    struct Base: Sendable {
        /// `https://example.com` (no trailing `/`).
        var origin: String
        /// The mount path, e.g. `/wechat/platform`.
        var path: String

        /// The absolute URL of `route` under the mount path.
        func url(_ route: String) -> String { origin + path + route }
    }

    /// The public base of `request`'s routes mounted at `path`.
    func base(of request: Request, path: String) -> Base {
        Base(origin: configuration.origin(of: request), path: path)
    }

    /// The request's query parameters (percent-decoded; the first of repeated names wins).
    static func query(of request: Request) -> [String: String] {
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters where query[String(name)] == nil {
            query[String(name)] = String(value)
        }
        return query
    }

    /// Whether `appID` looks like an appid (letters, digits, `_`, at most 64): anything else is refused
    /// before it reaches a URL or WeChat.
    static func isPlausibleAppID(_ appID: String) -> Bool {
        !appID.isEmpty && appID.utf8.count <= 64
            && appID.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_"
            }
    }

    /// A page explaining a failure, with `status`.
    static func errorPage(_ status: HTTPResponse.Status, title: String, message: String) -> Response {
        HTMLPage(title: title, paragraphs: [message], isError: true).response(status: status)
    }
}
