public import Hummingbird
public import NIOCore

/// The request context ``WeChatServer`` routes with: Hummingbird's basic context plus the peer's address,
/// so the platform pages can rate-limit per client by the connection's address rather than by a header a
/// client can forge.
public struct WeChatRequestContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The address of the connected peer (a proxy's, behind one).
    public let remoteAddress: SocketAddress?

    /// The context of a request arriving on `source`'s channel.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
