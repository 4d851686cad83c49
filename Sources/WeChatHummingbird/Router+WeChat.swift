public import Hummingbird
public import WeChatBot
public import WeChatCallback
public import WeChatMessages

extension RouterMethods {
    /// Adds an Official Account's callback URL at `path` in one line: `GET` answers WeChat's URL check,
    /// `POST` answers messages in the account's `CallbackMode`. Works on a `Router` and on a
    /// `RouterGroup` (e.g. behind your own middleware).
    ///
    /// ```swift
    /// router.addWeChatBot(bot, at: "/wechat", account: try .init(token: "...", aesKey: "...", appID: "wx..."))
    /// ```
    /// Replies still being computed at the deadline are sent as background work: run ``WeChatBotService``
    /// for `bot` in the application's services (``WeChatServer`` does it for you).
    public func addWeChatBot(
        _ bot: Bot,
        at path: String,
        account: WeChatAccount,
        configuration: WeChatEndpointConfiguration = WeChatEndpointConfiguration()
    ) {
        let endpoint = CallbackEndpoint.officialAccount(
            account, bot: bot, route: path, configuration: configuration.forHummingbird)
        get(RouterPath(path)) { request, context in try await endpoint.respond(to: request, context: context) }
        post(RouterPath(path)) { request, context in try await endpoint.respond(to: request, context: context) }
    }

    /// Adds a third-party platform's two URLs under `path`:
    /// - `POST path/events`: the authorization-event URL for every component in `components`; each decoded
    ///   notice goes to `onNotice` (e.g. `PlatformCredentials.handle(_:)`) and is answered `success`;
    /// - `GET`/`POST path/{componentAppID}/{appid}`: the message URL (configure
    ///   `https://host/path/<componentAppID>/$APPID$` in the console), opened with the component's keys.
    public func addWeChatPlatform(
        _ bot: Bot,
        at path: String,
        components: [WeChatAccount],
        configuration: WeChatEndpointConfiguration = WeChatEndpointConfiguration(),
        onNotice: @escaping @Sendable (ComponentNotice) async throws -> Void
    ) {
        let configuration = configuration.forHummingbird
        let events = CallbackEndpoint.componentEvents(
            components: components, bot: bot, route: path + "/events", configuration: configuration,
            onNotice: onNotice)
        let messages = CallbackEndpoint.platformMessages(
            components: components, bot: bot, route: path + "/messages", configuration: configuration)
        let messagePath = RouterPath(path + "/{componentAppID}/{appid}")
        post(RouterPath(path + "/events")) { request, context in
            try await events.respond(to: request, context: context)
        }
        get(messagePath) { request, context in try await messages.respond(to: request, context: context) }
        post(messagePath) { request, context in try await messages.respond(to: request, context: context) }
    }
}
