import WeChatBot

/// Greets a new follower by nickname, looked up through the account API; a guest who scanned a table's QR
/// code (scene `table-<n>`) is also told their table. Without API access the greeting is anonymous.
struct Greeting: SubscribeHandler {
    func handle(_ event: SubscribeEvent, context: BotContext) async throws -> Reply? {
        let nickname: String?
        do {
            nickname = try await context.api.users.info(openID: event.header.fromUserName).nickname
        } catch {
            context.logger.notice("no nickname for the greeting", metadata: ["error": "\(error)"])
            nickname = nil
        }
        let hello = nickname.map { "\($0)，" } ?? ""
        return .text(hello + Cafe.seated(atTableScene: event.scene))
    }
}
