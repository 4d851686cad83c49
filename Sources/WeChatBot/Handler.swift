public import WeChatMessages

/// Handles what a rule matched. `nil` means handled without a reply: WeChat gets `success`.
///
/// Handlers are small `Sendable` types; their dependencies are stored properties. Adopt the refinement that
/// names what you handle (``TextHandler``, ``SubscribeHandler``, ``EventHandler``, ``MessageHandler``):
/// ```swift
/// struct Welcome: EventHandler {
///     func handle(_ event: SubscribeEvent, context: BotContext) async throws -> Reply? {
///         .text("欢迎关注！")
///     }
/// }
/// ```
public protocol Handler<Input>: Sendable {
    /// What the handler receives: the matcher's payload.
    associatedtype Input: Sendable

    /// Answers `input`; throwing is logged and answered `success`, and lets WeChat's retry try again.
    func handle(_ input: Input, context: BotContext) async throws -> Reply?
}

/// A handler of text messages.
public protocol TextHandler: Handler where Input == TextMessage {}

/// A handler of follows, plain or from a QR code.
public protocol SubscribeHandler: Handler where Input == SubscribeEvent {}

/// A handler of one kind of event, typed by the event's struct (`SubscribeEvent`, `ClickEvent`, …, or `Event`
/// for any event).
public protocol EventHandler: Handler where Input: InboundPayload {}

/// A catch-all handler that receives any message, e.g. for `Otherwise`.
public protocol MessageHandler: Handler where Input == InboundMessage {}
