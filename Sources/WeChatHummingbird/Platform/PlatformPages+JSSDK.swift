import Hummingbird
import Logging
import WeChatAPI

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension PlatformPages {
    /// The JSON of `GET path/jssdk-config/…`: `wx.config`'s fields, ready to pass as they are.
    struct WXConfig: Encodable {
        var appId: String
        var timestamp: Int
        var nonceStr: String
        var signature: String
        var jsApiList: [String]
    }

    /// `GET path/jssdk-config/{componentAppID}/{authorizerAppID}?url=…[&jsApiList=a,b]`: the `wx.config` values
    /// for the page at `url` (signed with the authorizer's JS-SDK ticket; `#fragment` dropped).
    func jsSDKConfig(componentAppID: String, authorizerAppID: String, query: [String: String]) async -> Response {
        guard (try? credentials.component(componentAppID)) != nil, Self.isPlausibleAppID(authorizerAppID) else {
            return Self.jsonError(.notFound, "unknown component or authorizer")
        }
        let credentials = credentials
        return await Self.wxConfig(query: query, configuration: configuration, appID: authorizerAppID) { url in
            let refreshKey = CredentialKey.authorizerRefreshToken(
                componentAppID: componentAppID, authorizerAppID: authorizerAppID)
            guard try await credentials.store.load(refreshKey) != nil else { return nil }
            return try await credentials.jsSDKConfig(component: componentAppID, authorizer: authorizerAppID, url: url)
        }
    }

    /// The `wx.config` JSON for the page `query["url"]` of `appID`, signed by `sign` (`nil` when the app is
    /// unknown): 400 for a bad URL or API list, 404 for an unknown app, 502 when no ticket can be had.
    static func wxConfig(
        query: [String: String], configuration: Configuration, appID: String,
        sign: @Sendable (_ url: String) async throws -> JSSDKConfig?
    ) async -> Response {
        guard let url = query["url"], url.hasPrefix("https://") || url.hasPrefix("http://"), url.utf8.count <= 2048,
            !url.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == " " })
        else {
            return jsonError(.badRequest, "url must be the page's absolute http(s) address")
        }
        let apis = query["jsApiList"].map { $0.split(separator: ",").map(String.init) } ?? configuration.jsAPIList
        guard apis.count <= 100, apis.allSatisfy({ isPlausibleAppID($0) }) else {
            return jsonError(.badRequest, "jsApiList must be comma-separated API names")
        }
        let signed: JSSDKConfig?
        do {
            signed = try await sign(url)
        } catch {
            configuration.logger.error("cannot sign a JS-SDK page", metadata: ["app": "\(appID)", "error": "\(error)"])
            return jsonError(.badGateway, "the JS-SDK ticket is not available right now")
        }
        guard let config = signed else { return jsonError(.notFound, "unknown component or authorizer") }
        return json(
            .ok,
            WXConfig(
                appId: config.appID, timestamp: config.timestamp, nonceStr: config.nonceString,
                signature: config.signature, jsApiList: apis))
    }

    private static func json(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let body = (try? encoder.encode(value)).map { ByteBuffer(bytes: $0) } ?? ByteBuffer(string: "{}")
        return Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: body)
        )
    }

    private static func jsonError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(status, ["error": message])
    }
}
