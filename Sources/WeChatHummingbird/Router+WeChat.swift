public import Hummingbird
public import WeChatBot
public import WeChatMessages

extension Router {
    /// Adds an Official Account's callback URL at `path` in one line: `GET` answers WeChat's URL check,
    /// `POST` answers messages in plain, compatible or safe mode (chosen by `encrypt_type`).
    ///
    /// ```swift
    /// router.addWeChatBot(bot, at: "/wechat", account: try .init(token: "...", aesKey: "...", appID: "wx..."))
    /// ```
    /// The bot's replies are computed as background work: run ``WeChatBotService`` for `bot` in the
    /// application's services (``WeChatServer`` does it for you).
    public func addWeChatBot(
        _ bot: Bot,
        at path: String,
        account: WeChatAccount,
        configuration: WeChatEndpointConfiguration = WeChatEndpointConfiguration()
    ) {
        let endpoint = MessageEndpoint(bot: bot, configuration: configuration)
        let exchange = CallbackExchange(route: path, configuration: configuration)
        get(RouterPath(path)) { request, context in
            await exchange.respond(to: request, context: context, account: account.appID) { query, log in
                endpoint.verify(query, account: account, log: log)
            }
        }
        post(RouterPath(path)) { request, context in
            await exchange.respondWithBody(to: request, context: context, account: account.appID) {
                query, body, log in
                await endpoint.receive(query, body: body, account: account, log: &log) { header in
                    AccountIdentity(appID: account.appID, originalID: header.toUserName)
                }
            }
        }
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
        let byAppID = Dictionary(components.map { ($0.appID, $0) }, uniquingKeysWith: { first, _ in first })
        let events = ComponentEventEndpoint(
            components: byAppID,
            bot: bot,
            configuration: configuration,
            onNotice: onNotice
        )
        let eventExchange = CallbackExchange(route: path + "/events", configuration: configuration)
        post(RouterPath(path + "/events")) { request, context in
            await eventExchange.respondWithBody(to: request, context: context, account: nil) { query, body, log in
                await events.receive(query, body: body, log: &log)
            }
        }
        let messages = MessageEndpoint(bot: bot, configuration: configuration)
        let messagePath = RouterPath(path + "/{componentAppID}/{appid}")
        let messageExchange = CallbackExchange(route: path + "/messages", configuration: configuration)
        get(messagePath) { request, context in
            let appID = context.parameters.get("appid")
            return await messageExchange.respond(to: request, context: context, account: appID) { query, log in
                guard let component = context.parameters.get("componentAppID").flatMap({ byAppID[$0] }) else {
                    return .unknownAccount
                }
                return messages.verify(query, account: component, log: log)
            }
        }
        post(messagePath) { request, context in
            let authorizer = context.parameters.get("appid") ?? ""
            return await messageExchange.respondWithBody(to: request, context: context, account: authorizer) {
                query, body, log in
                guard let component = context.parameters.get("componentAppID").flatMap({ byAppID[$0] }) else {
                    return .unknownAccount
                }
                return await messages.receive(query, body: body, account: component, log: &log) { header in
                    AccountIdentity(appID: authorizer, originalID: header.toUserName, componentAppID: component.appID)
                }
            }
        }
    }
}
